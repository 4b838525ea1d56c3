using BotCompanion.Core.Outcomes;

namespace BotCompanion.Core.Tests.Outcomes;

/// <summary>When an engagement phase ends, so that the goal self-rating is asked.</summary>
public class EngagementPhaseTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void APhase_EndsAfterFourClosedSessions_WithTheFirstGoalNamedInIt()
    {
        var state = new CoachingState();
        Close(state, Start, goal: null);
        Close(state, Start.AddDays(7), "I want to delegate the board pack.");
        Close(state, Start.AddDays(14), "I want to hire a CFO.");
        var afterThree = EngagementPhase.Ended(state);

        Close(state, Start.AddDays(21), null);

        Assert.False(afterThree);
        Assert.True(EngagementPhase.Ended(state));
        Assert.Equal("I want to delegate the board pack.", state.Outcomes.PhaseGoal);
        Assert.Equal(4, state.Outcomes.SessionsClosedAt.Count);
    }

    [Fact]
    public void APhase_EndsEarly_WhenEveryCommitmentMadeInItIsResolved_AfterTwoSessions()
    {
        var state = new CoachingState();
        state.Commitments.Add(new Commitment { Action = "ask Priya", CreatedAt = Start.AddMinutes(5), Status = CommitmentStatus.Done });
        Close(state, Start, "I want to delegate the board pack.");
        var afterOne = EngagementPhase.Ended(state);
        Close(state, Start.AddDays(7), null);

        Assert.False(afterOne);
        Assert.True(EngagementPhase.Ended(state));
    }

    [Fact]
    public void APhase_WithAnOpenCommitment_OrNoGoalNamed_HasNotEnded()
    {
        var open = new CoachingState();
        open.Commitments.Add(new Commitment { Action = "ask Priya", CreatedAt = Start.AddMinutes(5) });
        Close(open, Start, "I want to delegate the board pack.");
        Close(open, Start.AddDays(7), null);
        var noGoal = new CoachingState();
        for (var i = 0; i < 5; i++)
        {
            Close(noGoal, Start.AddDays(7 * i), null);
        }

        Assert.False(EngagementPhase.Ended(open));
        Assert.False(EngagementPhase.Ended(noGoal));
    }

    [Fact]
    public void Restart_BeginsTheNextPhaseAtTheNextClosedSession()
    {
        var state = new CoachingState();
        for (var i = 0; i < 4; i++)
        {
            Close(state, Start.AddDays(7 * i), "I want to delegate the board pack.");
        }

        EngagementPhase.Restart(state.Outcomes);
        Close(state, Start.AddDays(28), "I want to build my bench.");

        Assert.False(EngagementPhase.Ended(state));
        Assert.Equal("I want to build my bench.", state.Outcomes.PhaseGoal);
        Assert.Equal(Start.AddDays(28), state.Outcomes.PhaseStartedAt);
    }

    private static void Close(CoachingState state, DateTimeOffset at, string? goal) =>
        EngagementPhase.NoteClosed(state, new CoachingSession { StartedAt = at }, new SessionSummary { SessionId = "s", Goal = goal }, at.AddMinutes(30));
}
