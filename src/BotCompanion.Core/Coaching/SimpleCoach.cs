using BotCompanion.Core.Conversations;
using BotCompanion.Core.Sessions;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Coaching;

/// <summary>Greets with the AI disclosure and answers each message with one open question.</summary>
public sealed class SimpleCoach : ITurnHandler
{
    internal const string Disclosure =
        "Hi, I'm BotCompanion, an AI coaching companion (not a person, and not therapy). I help you reflect between sessions with your coach.";

    private static readonly string[] Questions =
    [
        "What would you like to get from our conversation today?",
        "What's happening right now?",
        "What else matters here?",
        "What could you do?",
        "What will you do, and by when?",
    ];

    public Task<TurnResult> HandleAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken)
    {
        if (message.Kind != IncomingKind.Message)
        {
            return Task.FromResult(message.Kind == IncomingKind.ConversationStarted ? TurnResult.Say($"{Disclosure} {Questions[0]}") : TurnResult.Silent);
        }

        var question = Questions[state.TurnCount % Questions.Length];
        var text = state.TurnCount == 0 ? $"{Disclosure} {question}" : question;
        return Task.FromResult(TurnResult.Say(text));
    }
}
