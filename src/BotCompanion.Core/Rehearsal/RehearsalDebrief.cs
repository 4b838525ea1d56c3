using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Rehearsal;

/// <summary>
/// After the role-play: what worked, what they would change, what they will say first; then the offer to make it a
/// commitment, which hands over to coaching mode and its commitment flow. Every reply carries the debrief label.
/// </summary>
internal static partial class RehearsalDebrief
{
    private const int QuoteChars = 160;

    /// <summary>Steps out of the role-play and asks the first debrief question (after <paramref name="lead"/>, if any).</summary>
    public static void Begin(TurnContext turn, RehearsalState rehearsal, string? lead)
    {
        rehearsal.Stage = RehearsalStage.DebriefWorked;
        var question = turn.Labels["rehearsalDebriefWorked", ("counterpart", RehearsalFlow.Counterpart(rehearsal))];
        Say(turn, lead is null ? question : $"{lead} {question}");
    }

    /// <summary>Takes a debrief answer and asks the next question; at the offer, a yes hands over to the commitment flow.</summary>
    public static RehearsalOutcome Answer(TurnContext turn, RehearsalState rehearsal)
    {
        var text = Sentences.Lead(turn.Text, QuoteChars);
        switch (rehearsal.Stage)
        {
            case RehearsalStage.DebriefWorked:
                rehearsal.Worked = text;
                rehearsal.Stage = RehearsalStage.DebriefChange;
                Say(turn, WithReflection(turn, turn.Labels["rehearsalDebriefChange"], 0));
                return RehearsalOutcome.Handled;
            case RehearsalStage.DebriefChange:
                rehearsal.Change = text;
                rehearsal.Stage = RehearsalStage.DebriefFirstWords;
                Say(turn, WithReflection(turn, turn.Labels["rehearsalDebriefFirstWords", ("counterpart", RehearsalFlow.Counterpart(rehearsal))], 1));
                return RehearsalOutcome.Handled;
            case RehearsalStage.DebriefFirstWords:
                rehearsal.FirstWords = text;
                rehearsal.Stage = RehearsalStage.CommitmentOffer;
                var recap = turn.Labels["rehearsalDebriefRecap", ("worked", Quoted(rehearsal.Worked)), ("change", Quoted(rehearsal.Change)), ("first", Quoted(text))];
                turn.Say($"{turn.Labels["rehearsalDebriefLabel"]}\n{recap}", ReplyMode.Mentor, turn.Labels["rehearsalCommitYes"], turn.Labels["rehearsalCommitNo"]);
                return RehearsalOutcome.Handled;
        }

        rehearsal.Stage = RehearsalStage.Ended;
        if (turn.Chose("rehearsalCommitYes") || Yes().IsMatch(turn.Text))
        {
            // Commitments are coaching's: made in their words and read back there, never in mentor mode.
            turn.State.Mode = CoachingMode.Coaching;
            return RehearsalOutcome.Commitment;
        }

        if (turn.Chose("rehearsalCommitNo") || No().IsMatch(turn.Text))
        {
            Say(turn, turn.Labels["rehearsalEnded"]);
            return RehearsalOutcome.Handled;
        }

        // Something else entirely (a new question): the rehearsal is over and mentor mode answers it.
        return RehearsalOutcome.NotMine;
    }

    /// <summary>The hand-over, once the engine has a coaching session open: their first words, and the commitment question.</summary>
    public static void HandOver(TurnContext turn)
    {
        var session = turn.Session;
        session.Stage = GrowStage.Will;
        session.StageTurns = 0;
        turn.Say(turn.Labels["rehearsalHandover", ("first", Quoted(turn.State.Rehearsal?.FirstWords))]);
    }

    /// <summary>Their words for a quotation the label ends with its own full stop: without theirs.</summary>
    private static string Quoted(string? words) => (words ?? "").TrimEnd('.', '!', ';', ',', ' ');

    public static void Say(TurnContext turn, string text) => turn.Say($"{turn.Labels["rehearsalDebriefLabel"]}\n{text}", ReplyMode.Mentor);

    private static string WithReflection(TurnContext turn, string question, int variant) =>
        Reflector.Reflect(turn.Text, variant) is { } reflection ? $"{reflection} {question}" : question;

    [GeneratedRegex(@"^\s*(yes|yep|yeah|sure|ok(ay)?|please|let'?s\s+do\s+it|go\s+ahead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^\s*(no|nope|not\s+now|no\s+thanks|maybe\s+later|later)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex No();
}
