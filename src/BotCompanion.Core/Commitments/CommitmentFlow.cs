using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Commitments;

/// <summary>
/// The Will stage's commitment, in the executive's own words: asks for a date when there is none, reads the
/// commitment back once (rehearsal), and stores it only when confirmed.
/// </summary>
internal sealed partial class CommitmentFlow(ICommitmentFollowUp followUp, ILogger<CommitmentFlow> logger)
{
    /// <summary>Whether the message offers a commitment: first-person intent with a date at any stage, or any intent once options are on the table.</summary>
    internal static bool IsCandidate(TurnContext turn) =>
        CommitmentParser.LooksLikeCommitment(turn.Text)
        && (turn.Session.Stage is GrowStage.Options or GrowStage.Will || DueDateParser.Parse(turn.Text, turn.Now, turn.Zone) is not null);

    /// <summary>Moves the pending commitment on; returns what was said, or null to let the GROW flow ask instead.</summary>
    internal async Task<string?> ContinueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        var pending = session.PendingCommitment;
        if (pending is { ReadBack: true })
        {
            return await ConfirmAsync(turn, pending, cancellationToken);
        }

        return Draft(turn, pending);
    }

    private static string? Draft(TurnContext turn, CommitmentDraftState? pending)
    {
        var session = turn.Session;

        if (pending is not null && !CommitmentParser.LooksLikeCommitment(turn.Text))
        {
            if (DueDateParser.Parse(turn.Text, turn.Now, turn.Zone) is { } due)
            {
                pending.Due = due.Due;
                pending.HasTime = due.HasTime;
                return ReadBack(turn, pending);
            }

            // Asked once already (when they named the action): the same question again would read as a form.
            return Say(turn, turn.Labels["askDueAgain"]);
        }

        if (!CommitmentParser.LooksLikeCommitment(turn.Text))
        {
            return null;
        }

        var draft = CommitmentParser.Parse(turn.Text, turn.Now, turn.Zone);
        if (string.IsNullOrWhiteSpace(draft.Action))
        {
            return null;
        }

        if (CommitmentParser.IsVague(draft.Action) && draft.Due is null)
        {
            // "I'll try to do better" cannot be checked on a date: what it would look like comes first.
            return Say(turn, $"{turn.Labels["reflectIntent", ("action", Reflector.SecondPerson(draft.Action, turn.Pack.Language))]} {turn.Labels["askSpecific"]}");
        }

        if (pending is { Due: null })
        {
            // They moved on to another commitment before dating this one: it stays in the session's notes, not lost.
            session.Insights.Add(pending.IfCue is null ? pending.Action : $"if {pending.IfCue}, {pending.ThenAction ?? pending.Action}");
        }

        session.PendingCommitment = new CommitmentDraftState
        {
            Action = draft.Action,
            Due = draft.Due,
            HasTime = draft.HasTime,
            IfCue = draft.IfCue,
            ThenAction = draft.ThenAction,
            Obstacle = draft.Obstacle,
            ObstacleResponse = draft.ObstacleResponse,
        };
        // Reflect before asking: their intention in their words, then the question about the date. An if-then plan
        // keeps its "if" and is asked when it could next come up: "by when" does not fit what waits for a cue.
        var language = turn.Pack.Language;
        return draft.Due is not null ? ReadBack(turn, session.PendingCommitment)
            : draft.IfCue is { } cue ? Say(turn, $"{turn.Labels["reflectPlan", ("cue", Reflector.SecondPerson(cue, language)), ("action", Reflector.SecondPerson(draft.Action, language))]} {turn.Labels["askPlanDue"]}")
            : Say(turn, $"{turn.Labels["reflectIntent", ("action", Reflector.SecondPerson(draft.Action, language))]} {turn.Labels["askDue"]}");
    }

    private async Task<string> ConfirmAsync(TurnContext turn, CommitmentDraftState pending, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        if (turn.Chose("commitmentConfirmButton") || Yes().IsMatch(turn.Text))
        {
            var commitment = new Commitment
            {
                Action = pending.Action,
                Due = pending.Due!.Value,
                HasTime = pending.HasTime,
                IfCue = pending.IfCue,
                ThenAction = pending.ThenAction,
                Obstacle = pending.Obstacle,
                ObstacleResponse = pending.ObstacleResponse,
                CreatedAt = turn.Now,
                SessionId = session.Id,
            };
            turn.State.Commitments.Add(commitment);
            session.CommitmentIdsMade.Add(commitment.Id);
            session.PendingCommitment = null;
            session.Stage = GrowStage.Closing;
            session.StageTurns = 0;
            CommitmentLog.Stored(logger, commitment.Id);
            var due = Due(turn, commitment.Due, commitment.HasTime);
            if (turn.State.Nudges.Consented)
            {
                await followUp.ScheduleAsync(turn, commitment, cancellationToken);
                return Say(turn, turn.Labels["savedWithNudge", ("action", Reflector.SecondPerson(commitment.Action, turn.Pack.Language)), ("due", due)]);
            }

            // Nothing proactive without their agreement: ask once, here, where it matters.
            turn.State.Nudges.ConsentPending = true;
            var text = turn.Labels["saved", ("action", Reflector.SecondPerson(commitment.Action, turn.Pack.Language)), ("due", due)];
            turn.Say(text, ReplyMode.Coaching, turn.Labels["nudgeConsentYesButton"], turn.Labels["nudgeConsentNoButton"]);
            return text;
        }

        if (turn.Chose("commitmentCancelButton") || CancelRequest().IsMatch(turn.Text))
        {
            session.PendingCommitment = null;
            return Say(turn, turn.Labels["commitmentCancelled"]);
        }

        if (!CommitmentParser.LooksLikeCommitment(turn.Text))
        {
            // "Edit date", or a new date straight away ("make it Friday"): same commitment, read back with the new date.
            if (DueDateParser.Parse(turn.Text, turn.Now, turn.Zone) is { } due)
            {
                pending.Due = due.Due;
                pending.HasTime = due.HasTime;
                return ReadBack(turn, pending);
            }

            if (turn.Chose("commitmentEditDateButton") || EditDateRequest().IsMatch(turn.Text))
            {
                pending.ReadBack = false;
                return Say(turn, turn.Labels["askNewDate"]);
            }
        }

        session.PendingCommitment = null;
        if (CommitmentParser.LooksLikeCommitment(turn.Text))
        {
            // They restated it instead of answering yes/no: start again from their new words.
            return Draft(turn, null) ?? Say(turn, turn.Labels["changeIt"]);
        }

        return Say(turn, turn.Labels["changeIt"]);
    }

    private static string ReadBack(TurnContext turn, CommitmentDraftState pending)
    {
        pending.ReadBack = true;
        var plan = pending.IfCue is not null && pending.ThenAction is not null
            ? turn.Labels["readBackPlan", ("cue", Reflector.SecondPerson(pending.IfCue, turn.Pack.Language)), ("then", Reflector.SecondPerson(pending.ThenAction, turn.Pack.Language))]
            : "";
        if (pending.Obstacle is not null && pending.ObstacleResponse is not null)
        {
            plan += turn.Labels["readBackObstacle", ("obstacle", Reflector.SecondPerson(pending.Obstacle, turn.Pack.Language)), ("response", Reflector.SecondPerson(pending.ObstacleResponse, turn.Pack.Language))];
        }

        var text = turn.Labels["readBack", ("action", Reflector.SecondPerson(pending.Action, turn.Pack.Language)), ("due", Due(turn, pending.Due!.Value, pending.HasTime)), ("plan", plan)];
        // The read-back's buttons; each sends its title, which typing works for too ("confirm" is a yes). "Change it"
        // needs no match of its own: anything that is not a yes, a cancel or a date asks how they would put it.
        turn.Say(text, ReplyMode.Coaching, turn.Labels["commitmentConfirmButton"], turn.Labels["commitmentEditDateButton"], turn.Labels["commitmentChangeItButton"], turn.Labels["commitmentCancelButton"]);
        return text;
    }

    internal static string Due(TurnContext turn, DateTimeOffset due, bool hasTime) => DueDateFormatter.Format(due, hasTime, turn.Now, turn.Zone, turn.Pack.Language);

    private static string Say(TurnContext turn, string text)
    {
        turn.Say(text);
        return text;
    }

    [GeneratedRegex(@"^\s*(yes|yep|yeah|yup|correct|that'?s\s+(right|it|correct)|right|confirm(ed)?|sure|ok(ay)?|exactly|spot\s+on|sí|correcto|exacto|eso\s+es|vale|de\s+acuerdo|confirmo|perfecto)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^\s*(cancel|never\s*mind|scrap\s+(it|that)|forget\s+(it|that)|don'?t\s+save(\s+it)?|not\s+now|cancela(r)?|olv[íi]dalo|d[ée]jalo|no\s+lo\s+guardes|ahora\s+no)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelRequest();

    [GeneratedRegex(@"^\s*((edit|change|move)\s+(the\s+)?(date|deadline|day)\b|(editar|cambiar|cambia|mover|mueve)\s+(la\s+)?(fecha|d[íi]a)(?!\p{L}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditDateRequest();

    private static partial class CommitmentLog
    {
        [LoggerMessage(1205, LogLevel.Information, "Commitment {CommitmentId} confirmed and stored", EventName = "CommitmentStored")]
        public static partial void Stored(ILogger logger, string commitmentId);
    }
}
