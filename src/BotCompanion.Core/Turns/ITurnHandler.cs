using BotCompanion.Core.Messages;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Turns;

/// <summary>Decides what to say. Pure with respect to storage: it mutates the conversation state it is given and returns replies.</summary>
public interface ITurnHandler
{
    Task<TurnResult> HandleAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken);
}
