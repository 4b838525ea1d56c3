using BotCompanion.Core.Nudges;

namespace BotCompanion.Core.Tests.Nudges;

public class InMemoryNudgeQueueTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ClaimDueAsync_ClaimsOnlyWhatIsDue_AndNeverTheSameNudgeTwice()
    {
        var queue = new InMemoryNudgeQueue();
        await queue.ScheduleAsync(At(T0), default);
        await queue.ScheduleAsync(At(T0.AddHours(1), "later"), default);

        var first = await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default);
        var second = await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default);

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task ReleaseAsync_HandsTheNudgeOutAgainAtTheNewTime_KeepingItsDueAt()
    {
        var queue = new InMemoryNudgeQueue();
        await queue.ScheduleAsync(At(T0), default);
        var claim = Assert.Single(await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default));

        await queue.ReleaseAsync(claim.Nudge, T0.AddHours(3), default);

        Assert.Empty(await queue.ClaimDueAsync(T0.AddHours(2), 10, TimeSpan.FromMinutes(2), default));
        var again = Assert.Single(await queue.ClaimDueAsync(T0.AddHours(3), 10, TimeSpan.FromMinutes(2), default));
        Assert.Equal(T0, again.Nudge.DueAt);
    }

    [Fact]
    public async Task ExpiredLease_IsReclaimed_CompletedNudgeIsGone()
    {
        var queue = new InMemoryNudgeQueue();
        await queue.ScheduleAsync(At(T0), default);
        await queue.ScheduleAsync(At(T0, "b"), default);
        var claims = await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default);
        await queue.CompleteAsync(claims[0].Nudge, default);

        var reclaimed = await queue.ClaimDueAsync(T0.AddMinutes(3), 10, TimeSpan.FromMinutes(2), default);

        Assert.Equal(claims[1].Nudge.Id, Assert.Single(reclaimed).Nudge.Id);
    }

    private static Nudge At(DateTimeOffset due, string id = "a") =>
        new(id, new ConversationKey("test", "c"), "u", NudgeKind.CommitmentDue, due);
}
