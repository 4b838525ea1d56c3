using BotCompanion.Core.Messages;

namespace BotCompanion.Core.State;

/// <summary>Logical keys; stores add the deployment prefix.</summary>
public static class StateKeys
{
    public static string Conversation(ConversationKey key) => $"conv:{key}";
}
