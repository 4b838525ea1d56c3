namespace BotCompanion.Core.State;

/// <summary>DI keys of stores.</summary>
public static class StoreServiceKeys
{
    /// <summary>
    /// The durable store configuration chose (registered by BotCompanion.Storage.Redis when Redis is configured), for
    /// <see cref="IStateStore"/> and the nudge queue. The plain services are these when they are registered, else the
    /// in-memory ones, whatever the registration order.
    /// </summary>
    public const string Configured = "configured";
}
