using System.Text;
using System.Text.Json;

namespace BotCompanion.Core.Tests.State;

/// <summary>However long a session runs, the stored conversation stays small and the coaching still works.</summary>
public class StateSizeTests
{
    private const int MaxStateBytes = 16 * 1024;

    // The load driver's rotating coaching messages (../shared/peers), one session that never goes idle.
    private static readonly string[] Texts =
    [
        "I want to be a better delegator.", "My team waits for me to decide everything.", "I could hand over the weekly review.",
        "What else could I do?", "I'll ask Priya to run Monday's review by Friday.",
    ];

    [Fact]
    public async Task ThreeThousandTurns_KeepTheStateUnderSixteenKilobytes_AndStillAskAQuestion()
    {
        await using var coach = new CoachHarness();
        var largest = 0;
        string last = "";
        for (var i = 0; i < 3000; i++)
        {
            last = await coach.SayAsync(Texts[i % Texts.Length]);
            if (i % 250 == 249)
            {
                largest = Math.Max(largest, Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(await coach.StateAsync(), StateJson.Options)));
            }
        }

        var state = await coach.StateAsync();
        Assert.InRange(largest, 1, MaxStateBytes);
        Assert.EndsWith("?", last, StringComparison.Ordinal);
        var asked = state.Coaching.Session!.AskedQuestionIds;
        Assert.InRange(asked.Count, 1, StateLimits.AskedQuestions);
        Assert.Equal(asked.Count, asked.Distinct(StringComparer.Ordinal).Count());
        Assert.True(state.Coaching.Session.QuestionsAsked > StateLimits.AskedQuestions, $"{state.Coaching.Session.QuestionsAsked} questions asked");
    }

    [Fact]
    public void AQuestionAskedAgain_IsListedOnceAsTheMostRecent_AndTheListKeepsOnlyTheLatest()
    {
        var session = new CoachingSession();
        for (var i = 0; i < StateLimits.AskedQuestions + 10; i++)
        {
            session.RecordAsked($"q{i}");
        }

        session.RecordAsked("q20");

        Assert.Equal(StateLimits.AskedQuestions, session.AskedQuestionIds.Count);
        Assert.Equal("q20", session.AskedQuestionIds[^1]);
        Assert.Equal("q10", session.AskedQuestionIds[0]);
        Assert.Single(session.AskedQuestionIds, "q20");
        Assert.Equal(StateLimits.AskedQuestions + 11, session.QuestionsAsked);
    }

    [Fact]
    public void AlongRelationship_KeepsTheLatestSummariesAndCommitments_AndEveryOpenOneWithinItsCap()
    {
        var state = new ConversationState();
        var at = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 200; i++)
        {
            state.Coaching.Summaries.Add(new SessionSummary { SessionId = $"s{i}" });
            var commitment = new Commitment { Id = $"c{i}", Action = "Call Sam", CreatedAt = at.AddDays(i), Status = i % 3 == 0 ? CommitmentStatus.Open : CommitmentStatus.Done };
            for (var o = 0; o < 40; o++)
            {
                commitment.Outcomes.Add(new CommitmentOutcome($"o{o}", at.AddDays(i)));
            }

            state.Coaching.Commitments.Add(commitment);
        }

        StateLimits.Apply(state);

        Assert.Equal(StateLimits.Summaries, state.Coaching.Summaries.Count);
        Assert.Equal("s199", state.Coaching.Summaries[^1].SessionId);
        Assert.Equal(StateLimits.OpenCommitments, state.Coaching.Commitments.Count(c => c.Status == CommitmentStatus.Open));
        Assert.Equal(StateLimits.ClosedCommitments, state.Coaching.Commitments.Count(c => c.Status != CommitmentStatus.Open));
        Assert.Equal("c199", state.Coaching.Commitments[^1].Id);
        Assert.All(state.Coaching.Commitments, c => Assert.Equal(StateLimits.OutcomesPerCommitment, c.Outcomes.Count));
        Assert.Equal("o39", state.Coaching.Commitments[0].Outcomes[^1].Outcome);
    }
}
