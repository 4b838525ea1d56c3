namespace BotCompanion.Core.Ai;

/// <summary>DI keys of chat-completion services.</summary>
public static class ModelServiceKeys
{
    /// <summary>The deterministic offline coach: the default model, and the fallback when a network model fails.</summary>
    public const string Offline = "offline";
}
