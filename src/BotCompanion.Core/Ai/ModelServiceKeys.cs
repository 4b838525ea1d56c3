namespace BotCompanion.Core.Ai;

/// <summary>DI keys of the chat clients (<c>IChatClient</c>) and of the chat-completion services Semantic Kernel calls them through.</summary>
public static class ModelServiceKeys
{
    /// <summary>The deterministic offline coach: the default model, and the fallback when a network model fails.</summary>
    public const string Offline = "offline";

    /// <summary>
    /// The model configuration chose (registered by BotCompanion.Ai when Ai:Provider is not Offline). The plain
    /// <c>IChatCompletionService</c> is this one when it is registered, else the offline coach, whatever the
    /// registration order.
    /// </summary>
    public const string Configured = "configured";
}
