using BotCompanion.Core.Outcomes;

namespace BotCompanion.Core.Tests.Outcomes;

/// <summary>The progress figures: commitments by month, sessions held and the ratings, from the conversation state.</summary>
public class ProgressCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ACommitment_IsCountedMadeInItsMonth_AndKeptPartlyOrDroppedInTheMonthOfThatOutcome()
    {
        var state = new CoachingState
        {
            Commitments =
            [
                Commitment(new(2026, 10, 20, 9, 0, 0, TimeSpan.Zero), CommitmentStatus.Done, ("rescheduled", new(2026, 10, 25, 9, 0, 0, TimeSpan.Zero)), ("done", new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))),
                Commitment(new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), CommitmentStatus.Partly, ("partly", new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero))),
                Commitment(new(2026, 11, 4, 9, 0, 0, TimeSpan.Zero), CommitmentStatus.Dropped, ("dropped", new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero))),
                Commitment(new(2026, 11, 5, 9, 0, 0, TimeSpan.Zero), CommitmentStatus.Open),
            ],
        };

        var figures = ProgressCalculator.Compute(state, TestClock.London, Now);

        Assert.Equal(
            [new MonthFigures(2026, 10, 1, 0, 0, 0, 0), new MonthFigures(2026, 11, 3, 1, 1, 0, 0), new MonthFigures(2026, 12, 0, 0, 0, 1, 0)],
            figures.Months);
        Assert.Equal(3, figures.LargestMonthCount);
    }

    [Fact]
    public void SessionsHeld_AreCountedByMonthInTheExecutivesTimeZone()
    {
        var state = new CoachingState();
        state.Outcomes.SessionsClosedAt.AddRange([new(2026, 10, 31, 23, 30, 0, TimeSpan.Zero), new(2026, 11, 15, 9, 0, 0, TimeSpan.Zero)]);

        var inTokyo = ProgressCalculator.Compute(state, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"), Now);
        var inLondon = ProgressCalculator.Compute(state, TestClock.London, Now);

        Assert.Equal(2, inTokyo.SessionsHeld);
        Assert.Equal([new MonthFigures(2026, 11, 0, 0, 0, 0, 2)], inTokyo.Months);
        Assert.Equal([new MonthFigures(2026, 10, 0, 0, 0, 0, 1), new MonthFigures(2026, 11, 0, 0, 0, 0, 1)], inLondon.Months);
    }

    [Fact]
    public void Ratings_AreListedOldestFirst_WithTheGoalInTheExecutivesWords()
    {
        var state = new CoachingState();
        state.Outcomes.GoalRatings.AddRange([new GoalRating("delegate the board pack", 7, Now, "s2"), new GoalRating("delegate the board pack", 4, Now.AddDays(-30), "s1")]);
        state.Outcomes.Usefulness.AddRange([new UsefulnessRating("s2", 9, Now), new UsefulnessRating("s1", 6, Now.AddDays(-30))]);

        var figures = ProgressCalculator.Compute(state, TestClock.London, Now);

        Assert.Equal([4, 7], figures.GoalRatings.Select(r => r.Score));
        Assert.Equal([6, 9], figures.Usefulness.Select(r => r.Score));
        Assert.All(figures.GoalRatings, r => Assert.Equal("delegate the board pack", r.Goal));
        Assert.False(figures.IsEmpty);
    }

    [Fact]
    public void ANewExecutive_HasNoFigures() =>
        Assert.True(ProgressCalculator.Compute(new CoachingState(), TestClock.London, Now).IsEmpty);

    private static Commitment Commitment(DateTimeOffset made, CommitmentStatus status, params (string Outcome, DateTimeOffset At)[] outcomes) => new()
    {
        Action = "call the CFO",
        CreatedAt = made,
        Due = made.AddDays(3),
        Status = status,
        Outcomes = [.. outcomes.Select(o => new CommitmentOutcome(o.Outcome, o.At))],
    };
}
