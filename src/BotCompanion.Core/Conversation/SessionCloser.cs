using System.Text;
using BotCompanion.Core.Ai;
using BotCompanion.Core.Commitments;
using BotCompanion.Core.Outcomes;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Conversation;

/// <summary>
/// Closes a session with a summary of the coaching part (goal, the executive's own words, commitments with their
/// latest outcome) and, separately, of any mentor part. The summary is private until the executive shares it.
/// </summary>
internal sealed class SessionCloser(ReplyComposer composer, ProgressSharing progress, ILogger<SessionCloser> logger)
{
    /// <summary>Stores the summary and ends the session; null when the session held nothing worth summarising.</summary>
    internal async Task<SessionSummary?> CloseAsync(TurnContext turn, string reason, CancellationToken cancellationToken)
    {
        var session = turn.State.Session;
        if (session is null)
        {
            return null;
        }

        turn.State.Session = null;

        // A session gone idle ended at its last message; what was answered after that belongs to the next one.
        var previousEnd = turn.State.LastSessionEndedAt ?? DateTimeOffset.MinValue;
        var end = reason == "idle" ? session.LastMessageAt : turn.Now;
        turn.State.LastSessionEndedAt = end;

        var made = turn.State.Commitments.Where(c => session.CommitmentIdsMade.Contains(c.Id)).ToList();
        var answeredInSession = turn.State.Commitments.Any(c => c.Outcomes.Any(o => o.At >= session.StartedAt && o.At <= end));
        var mentorAsks = session.MentorTurns.Where(t => t.Role == "Executive").Select(t => Sentences.Lead(t.Text, 160)).ToList();
        if (session.Goal is null && session.Insights.Count == 0 && made.Count == 0 && !answeredInSession && mentorAsks.Count == 0)
        {
            return null;
        }

        // Each commitment the session made or checked in on, or that was answered since the last session.
        var listed = turn.State.Commitments.Where(c =>
            session.CommitmentIdsMade.Contains(c.Id) || c.Id == session.CheckInCommitmentId || c.Outcomes.Any(o => o.At > previousEnd && o.At <= end));
        var parts = new SummaryParts(session.Goal, session.Insights, [.. made.Select(c => Line(turn, c, null))]);
        var summary = new SessionSummary
        {
            SessionId = session.Id,
            CreatedAt = turn.Now,
            Goal = session.Goal,
            Insights = [.. session.Insights],
            Commitments = [.. listed.Select(c => Line(turn, c, c.Outcomes.LastOrDefault(o => o.At <= end)))],
            MentorTopics = mentorAsks,
            Narrative = session.Goal is null && session.Insights.Count == 0 && made.Count == 0 ? "" : await composer.NarrativeAsync(turn, parts, cancellationToken),
            Pack = turn.Pack.Reference,
        };
        turn.State.Summaries.Add(summary);
        EngagementPhase.NoteClosed(turn.State, session, summary, end);
        await progress.RefreshAsync(turn, cancellationToken);
        ConversationLog.SessionClosed(logger, session.Id, reason);
        return summary;
    }

    /// <summary>"call the CFO (by Thursday 26 November): partly, Wednesday 25 November", in the pack's wording.</summary>
    private static string Line(TurnContext turn, Commitment commitment, CommitmentOutcome? latest)
    {
        var due = CommitmentFlow.Due(turn, commitment.Due, commitment.HasTime);
        return latest is null
            ? turn.Labels["summaryCommitment", ("action", commitment.Action), ("due", due)]
            : turn.Labels["summaryCommitmentOutcome", ("action", commitment.Action), ("due", due), ("outcome", latest.Outcome), ("date", DueDateFormatter.Format(latest.At, false, turn.Now, turn.Zone, turn.Pack.Language))];
    }

    internal static string Render(TurnContext turn, SessionSummary summary)
    {
        var text = new StringBuilder(turn.Labels["doneHeader"]);
        if (summary.Goal is not null)
        {
            text.Append("\n\n").Append(turn.Labels["summaryGoal", ("goal", summary.Goal)]);
        }

        if (summary.Insights.Count > 0)
        {
            text.Append("\n\n").Append(turn.Labels["summaryInsightsHeader"]);
            foreach (var insight in summary.Insights)
            {
                text.Append("\n- \"").Append(insight).Append('"');
            }
        }

        if (summary.Commitments.Count > 0)
        {
            text.Append("\n\n").Append(turn.Labels["summaryCommitmentsHeader"]);
            foreach (var commitment in summary.Commitments)
            {
                text.Append("\n- ").Append(commitment);
            }
        }

        if (summary.Narrative.Length > 0)
        {
            text.Append("\n\n").Append(summary.Narrative);
        }

        if (summary.MentorTopics.Count > 0)
        {
            text.Append("\n\n").Append(turn.Labels["doneMentorHeader"]);
            foreach (var topic in summary.MentorTopics)
            {
                text.Append("\n- ").Append(turn.Labels["summaryMentorTopic", ("topic", topic)]);
            }
        }

        return text.ToString();
    }
}
