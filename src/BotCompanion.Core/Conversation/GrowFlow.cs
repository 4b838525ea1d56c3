using BotCompanion.Core.Commitments;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotCompanion.Core.Conversation;

/// <summary>
/// Goal → Reality → Options → Will, following the executive's agenda: the stage moves on when its purpose is met
/// (a goal named, the situation explored, options of their own, a commitment confirmed), and a dated commitment
/// offered at any point goes straight to the Will stage.
/// </summary>
internal sealed class GrowFlow(ReplyComposer composer, CommitmentFlow commitments, IOptions<CoachingOptions> options)
{
    private const int ExploreTurns = 2;

    // A stage whose purpose is not met yet gets one more turn, never more: the session must not stall.
    private const int MaxExploreTurns = 3;
    private readonly CoachingOptions _options = options.Value;

    /// <summary>
    /// Opening of a new session: the AI disclosure, a brief word on what was marked done since the last session, and
    /// a check-in on one commitment: one answered "partly" or "not yet" since then, else the open one due first.
    /// </summary>
    internal void Open(TurnContext turn, bool firstContact)
    {
        var answers = CheckIn.SinceLastSession(turn, _options.SessionIdleTimeout);
        var opening = turn.Labels[firstContact ? "disclosure" : "sessionStart"];
        turn.Say(CheckIn.Acknowledgement(turn, answers) is { } done ? $"{opening} {done}" : opening);

        var unfinished = answers.LastOrDefault(a => a.Outcome.Outcome is "partly" or "not yet");
        var checkIn = unfinished?.Commitment
            ?? turn.State.OpenCommitments.Where(c => !CheckIn.JustTalkedAbout(turn, c, _options.SessionIdleTimeout)).OrderBy(c => c.Due).FirstOrDefault();
        if (checkIn is not null)
        {
            turn.Session.Stage = GrowStage.CheckIn;
            turn.Session.CheckInCommitmentId = checkIn.Id;
            turn.Session.CheckInAnswer = unfinished?.Outcome.Outcome;
        }
    }

    internal async Task ContinueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        session.UserWords += Sentences.Words(turn.Text);
        Record(turn, "Executive", turn.Text);

        if (AdviceRequestDetector.IsAdviceRequest(turn.Text))
        {
            var preface = turn.Labels["adviceRequest"];
            await AskAsync(turn, Request(turn, "advice-request") with { Preface = preface, SkipReflection = true }, cancellationToken);
            turn.Offer("Switch to mentor mode", "/mentor");
            return;
        }

        if (session.PendingCommitment is not null || (session.Stage != GrowStage.CheckIn && CommitmentFlow.IsCandidate(turn)))
        {
            session.Stage = GrowStage.Will;
            if (await commitments.ContinueAsync(turn, cancellationToken) is { } said)
            {
                turn.State.Counters.CoachingReplies++;
                Record(turn, "Coach", said);
                return;
            }
        }

        var set = Advance(turn);
        var request = Request(turn, set);
        if (set == "checkin" && turn.State.Commitments.FirstOrDefault(c => c.Id == session.CheckInCommitmentId) is { } checkIn)
        {
            if (CheckIn.FollowUp(turn, checkIn, session.CheckInAnswer) is { } followUp)
            {
                turn.State.Counters.CoachingReplies++;
                Record(turn, "Coach", followUp);
                turn.Say(followUp);
                return;
            }

            request = request with { QuestionValues = new Dictionary<string, string> { ["commitment"] = checkIn.Action }, SkipReflection = true };
        }

        await AskAsync(turn, request, cancellationToken);
    }

    /// <summary>Takes in what the executive said for the current stage; returns the question set for the reply.</summary>
    private string Advance(TurnContext turn)
    {
        var session = turn.Session;
        session.StageTurns++;
        switch (session.Stage)
        {
            case GrowStage.CheckIn when session.StageTurns == 1:
                return "checkin";
            case GrowStage.CheckIn:
                CheckIn.Record(turn);
                MoveTo(session, GrowStage.Goal);
                return "goal";
            case GrowStage.Goal when Sentences.Words(turn.Text) >= 4:
                session.Goal ??= Sentences.Lead(turn.Text, 200);
                MoveTo(session, GrowStage.Reality);
                return "reality";
            case GrowStage.Goal:
                return "goal";
            case GrowStage.Reality when StageSignals.NamesAnOption(turn.Text):
                // Their agenda, not the model's: options already on the table end the look at the present.
                MoveTo(session, GrowStage.Options);
                session.StageTurns = 1;
                session.Options.Add(Sentences.Lead(turn.Text, 160));
                return "options";
            case GrowStage.Reality:
                Note(session, turn.Text);
                if (session.StageTurns >= ExploreTurns && !(StageSignals.StillUnfolding(turn.Text) && session.StageTurns < MaxExploreTurns))
                {
                    MoveTo(session, GrowStage.Options);
                    return "options";
                }

                return "reality";
            case GrowStage.Options:
                if (StageSignals.NamesAnOption(turn.Text) || Sentences.Words(turn.Text) >= 5)
                {
                    session.Options.Add(Sentences.Lead(turn.Text, 160));
                }

                // Widen before narrowing: two options (or a choice they made, or a third try) before the Will question.
                if (StageSignals.MadeAChoice(turn.Text) || (session.StageTurns >= ExploreTurns && session.Options.Count >= 2) || session.StageTurns >= MaxExploreTurns)
                {
                    MoveTo(session, GrowStage.Will);
                    return "will";
                }

                return "options";
            case GrowStage.Will:
                Note(session, turn.Text);
                return "will";
            default:
                Note(session, turn.Text);
                return "closing";
        }
    }

    private async Task AskAsync(TurnContext turn, CoachRequest request, CancellationToken cancellationToken)
    {
        var reply = await composer.CoachAsync(turn, request, cancellationToken);
        if (request.Preface is { } preface && !reply.StartsWith(preface, StringComparison.Ordinal))
        {
            reply = $"{preface} {reply}";
        }

        turn.State.Counters.CoachingReplies++;
        Record(turn, "Coach", reply);
        turn.Say(reply);
    }

    internal CoachRequest Request(TurnContext turn, string set)
    {
        var session = turn.Session;
        var summary = RollingSummary(session);
        var recent = string.Join("\n", session.RecentTurns.SkipLast(1).TakeLast(_options.RecentTurns).Select(t => $"{t.Role}: {t.Text}"));
        var open = turn.State.OpenCommitments.Select(c => $"- {c.Action} (due {c.Due:yyyy-MM-dd})").ToList();
        return new CoachRequest(session.Stage, set, turn.Text, summary, recent.Length == 0 ? "(none yet)" : recent, open.Count == 0 ? "none" : string.Join("\n", open.TakeLast(5)));
    }

    private static string RollingSummary(CoachingSession session)
    {
        var parts = new List<string>();
        if (session.Goal is not null)
        {
            parts.Add($"Goal: {session.Goal}");
        }

        if (session.Insights.Count > 0)
        {
            parts.Add("They said: " + string.Join(" | ", session.Insights));
        }

        if (session.Options.Count > 0)
        {
            parts.Add("Their options: " + string.Join(" | ", session.Options.TakeLast(4)));
        }

        return parts.Count == 0 ? "(just started)" : string.Join(". ", parts);
    }

    private void Note(CoachingSession session, string text)
    {
        if (Sentences.Words(text) < 5)
        {
            return;
        }

        session.Insights.Add(Sentences.Lead(text, 200));
        if (session.Insights.Count > _options.MaxInsights)
        {
            session.Insights.RemoveAt(0);
        }
    }

    private void Record(TurnContext turn, string role, string text)
    {
        var session = turn.Session;
        session.RecentTurns.Add(new TurnRecord(role, Sentences.Lead(text, 600), turn.Now) { Pack = role == "Coach" ? turn.Pack.Reference : null });
        if (role == "Coach")
        {
            session.CoachWords += Sentences.Words(text);
        }

        if (session.RecentTurns.Count > 2 * _options.RecentTurns)
        {
            session.RecentTurns.RemoveRange(0, session.RecentTurns.Count - (2 * _options.RecentTurns));
        }
    }

    private static void MoveTo(CoachingSession session, GrowStage stage)
    {
        session.Stage = stage;
        session.StageTurns = 0;
    }

}
