using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Turns;

/// <summary>Anything that keeps personal data outside the conversation state deletes it here on /forget or uninstall.</summary>
public interface IPersonalDataEraser
{
    Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken);
}
