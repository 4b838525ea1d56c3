using BotCompanion.Core.Commitments;
using BotCompanion.Core.Conversation.Moves;
using BotCompanion.Core.Conversation.Reflections;
using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Outcomes;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Sharing;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Conversation;

/// <summary>
/// Goal → Reality → Options → Will, following the executive: each message is read for what it does, and the reply
/// answers that (a request for direction gets the boundary, a closing one takeaway question and then the summary, a
/// feeling is explored, options are widened and then chosen from) before the stage's own question is asked.
/// </summary>
internal sealed class GrowFlow(ReplyComposer composer, CommitmentFlow commitments, SessionCloser closer, IOptions<CoachingOptions> options)
{
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
        if (turn.State.Focus.Text is not null)
        {
            // The focus they accepted from their coach takes the check-in; the commitment stays in /commitments.
            turn.Session.Stage = GrowStage.CheckIn;
            turn.Session.FocusCheckIn = true;
        }
        else if (checkIn is not null)
        {
            turn.Session.Stage = GrowStage.CheckIn;
            turn.Session.CheckInCommitmentId = checkIn.Id;
            turn.Session.CheckInAnswer = unfinished?.Outcome.Outcome;
        }
    }

    internal async Task ContinueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        var track = session.Track;
        session.UserWords += Sentences.Words(turn.Text);
        Record(turn, "Executive", turn.Text);
        var reading = MessageReader.Read(turn.Text, turn.Pack.Language);
        var justSaved = track.JustSavedCommitmentId;
        track.JustSavedCommitmentId = null;

        if (reading.Has(MessageAct.RequestForDirection))
        {
            await AskAsync(turn, reading, CoachingMove.Boundary, cancellationToken);
            turn.Offer(turn.Labels["mentorOfferButton"], "/mentor");
            return;
        }

        if (justSaved is not null && AttachContingency(turn, justSaved))
        {
            return;
        }

        if (session.PendingCommitment is null && (reading.Has(MessageAct.Closing) || SessionNotes.NamesTakeaway(turn.Text) || track.LastMove == nameof(CoachingMove.Takeaway)))
        {
            await CloseAsync(turn, reading, cancellationToken);
            return;
        }

        if (session.PendingCommitment is not null || (session.Stage != GrowStage.CheckIn && CommitmentFlow.IsCandidate(turn)))
        {
            var made = session.CommitmentIdsMade.Count;
            session.Stage = GrowStage.Will;
            if (await commitments.ContinueAsync(turn, cancellationToken) is { } said)
            {
                if (session.CommitmentIdsMade.Count > made)
                {
                    track.JustSavedCommitmentId = session.CommitmentIdsMade[^1];
                    track.Chose = true;
                }

                turn.State.Counters.CoachingReplies++;
                Record(turn, "Coach", said);
                return;
            }
        }

        if (session.Stage == GrowStage.CheckIn && await CheckInAsync(turn, cancellationToken))
        {
            return;
        }

        SessionNotes.TakeIn(session, reading, _options.MaxInsights);
        await AskAsync(turn, reading, MoveChooser.Choose(reading, session), cancellationToken);
    }

    /// <summary>The check-in on last time's commitment: asked on the first message, recorded on the answer.</summary>
    private async Task<bool> CheckInAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        session.StageTurns++;
        if (session.StageTurns == 1 && session.FocusCheckIn && turn.State.Focus.Text is { } focus)
        {
            var question = turn.Labels["focusCheckIn", ("focus", focus)];
            turn.State.Counters.CoachingReplies++;
            Record(turn, "Coach", question);
            turn.Say(question);
            return true;
        }

        if (session.StageTurns > 1 || turn.State.Commitments.FirstOrDefault(c => c.Id == session.CheckInCommitmentId) is not { } checkIn)
        {
            CheckIn.Record(turn);
            session.Stage = GrowStage.Goal;
            session.StageTurns = 0;
            return false;
        }

        if (CheckIn.FollowUp(turn, checkIn, session.CheckInAnswer) is { } followUp)
        {
            turn.State.Counters.CoachingReplies++;
            Record(turn, "Coach", followUp);
            turn.Say(followUp);
            return true;
        }

        var request = Request(turn, CoachingMove.Continue, "checkin") with { SkipReflection = true, QuestionValues = new Dictionary<string, string> { ["commitment"] = checkIn.Action } };
        await SayAsync(turn, request, cancellationToken);
        return true;
    }

    /// <summary>"And if he says no, I'll…" right after a commitment was saved: its plan for when things go otherwise.</summary>
    private bool AttachContingency(TurnContext turn, string commitmentId)
    {
        if (turn.State.Commitments.FirstOrDefault(c => c.Id == commitmentId) is not { Obstacle: null } commitment
            || CommitmentParser.ParseContingency(turn.Text) is not { } plan)
        {
            return false;
        }

        commitment.Obstacle = plan.Cue;
        commitment.ObstacleResponse = plan.Response;
        var said = turn.Pack.Phrases.Pick(PhraseSets.ContingencyAdded, 0)
            .Replace("{if}", Reflector.SecondPerson(plan.Cue), StringComparison.Ordinal)
            .Replace("{then}", OutsideQuotes(plan.Response), StringComparison.Ordinal);
        turn.State.Counters.CoachingReplies++;
        Record(turn, "Coach", said);
        turn.Say(said);
        return true;
    }

    /// <summary>
    /// Their plan in the second person, except what they will say to someone else ("I'll ask: what do you propose?"),
    /// which keeps its own words.
    /// </summary>
    private static readonly char[] QuoteStarts = [':', '"', '\u201C'];

    private static string OutsideQuotes(string response)
    {
        var quote = response.IndexOfAny(QuoteStarts);
        return quote < 0
            ? Reflector.SecondPerson(response)
            : Reflector.SecondPerson(response[..quote]) + response[quote..].TrimEnd('.', '!', '?');
    }

    /// <summary>A closing gets one takeaway question (none if they gave one or were just asked), then the summary.</summary>
    private async Task CloseAsync(TurnContext turn, MessageReading reading, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        var answered = session.Track.LastMove == nameof(CoachingMove.Takeaway);
        var named = SessionNotes.TakeAway(session, turn.Text, answered && !reading.Has(MessageAct.Closing), _options.MaxInsights);
        if (!answered)
        {
            // Their goal or a feeling said on the way out still belongs in the summary.
            SessionNotes.TakeIn(session, reading, _options.MaxInsights);
        }

        var worthSummarising = session.Goal is not null || session.Insights.Count > 0 || session.CommitmentIdsMade.Count > 0;
        if (!answered && !named && !session.Track.TakeawayAsked && worthSummarising)
        {
            await AskAsync(turn, reading, CoachingMove.Takeaway, cancellationToken);
            return;
        }

        var reflection = answered ? TakeawayReflection.Write(reading, turn.Text, turn.Pack.Phrases, session.Track) : null;
        var summary = await closer.CloseAsync(turn, "closing", cancellationToken);
        var closed = turn.Pack.Phrases.Pick(PhraseSets.Closed, 0);
        var text = summary is null ? closed : $"{closed}\n\n{SessionCloser.Render(turn, summary)}";
        turn.State.Counters.CoachingReplies++;
        turn.Say(reflection is null ? text : $"{reflection.Text} {text}");
        if (summary is not null)
        {
            SharingFlow.Offer(turn, summary);
            OutcomeFlow.AskAtClose(turn, summary);
        }
    }

    private async Task AskAsync(TurnContext turn, MessageReading reading, CoachingMove move, CancellationToken cancellationToken)
    {
        var track = turn.Session.Track;
        var phrases = turn.Pack.Phrases;
        var preface = move switch
        {
            CoachingMove.Boundary => BoundaryWording.For(phrases, track),
            CoachingMove.AboutMe => phrases.Pick(PhraseSets.AboutMe, 0),
            CoachingMove.Greeting => phrases.Pick(PhraseSets.GreetingBack, turn.State.Counters.CoachingReplies),
            _ => null,
        };
        var reflection = preface is null && move != CoachingMove.Takeaway ? ReflectionWriter.Write(reading, phrases, track) : null;
        var request = Request(turn, move, move.QuestionSet(reading.Feeling, turn.Pack.Questions)) with { Preface = preface, Reflection = reflection?.Text, SkipReflection = reflection is null, ReflectOnly = MoveChooser.JustReflect(move, reflection is { Complex: true } ? reflection.Text : null, reading.Has(MessageAct.Goal), track, reflection?.RestsOnWhatTheyJustSaid == true) };
        await SayAsync(turn, request, cancellationToken);
        track.LastMove = move.ToString();
        track.AskedForMoreOptions |= move == CoachingMove.WhatElse;
        track.AskedToChoose |= move == CoachingMove.Which;
        track.ChooseAsks += move == CoachingMove.Which ? 1 : 0;
        track.TakeawayAsked |= move == CoachingMove.Takeaway;
    }

    private async Task SayAsync(TurnContext turn, CoachRequest request, CancellationToken cancellationToken)
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

    internal CoachRequest Request(TurnContext turn, CoachingMove move, string set)
    {
        var session = turn.Session;
        var recent = string.Join("\n", session.RecentTurns.SkipLast(1).TakeLast(_options.RecentTurns).Select(t => $"{t.Role}: {t.Text}"));
        var open = turn.State.OpenCommitments.Select(c => $"- {c.Action} (due {c.Due:yyyy-MM-dd})").ToList();
        var asked = session.AskedQuestionIds.Select(id => turn.Pack.Questions.Text(id)).OfType<string>().TakeLast(5).ToList();
        return new CoachRequest(session.Stage, set, turn.Text, RollingSummary(session), recent.Length == 0 ? "(none yet)" : recent, open.Count == 0 ? "none" : string.Join("\n", open.TakeLast(5)))
        {
            Move = move,
            AlreadyAsked = asked.Count == 0 ? "(nothing yet)" : string.Join("\n", asked),
            WillAllowed = session.Track.Chose || session.CommitmentIdsMade.Count > 0 || session.Options.Count >= 2,
        };
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
}
