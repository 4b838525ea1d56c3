namespace BotCompanion.Storage.Redis.Tests;

public class RedisNudgeQueueTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ClaimDueAsync_ClaimsOnlyWhatIsDue_AndNeverTheSameNudgeTwice()
    {
        var (queue, connection) = NewQueue();
        await using var _ = connection;
        await queue.ScheduleAsync(At("a", T0), default);
        await queue.ScheduleAsync(At("later", T0.AddHours(1)), default);

        var first = await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default);
        var second = await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default);

        Assert.Equal("a", Assert.Single(first).Nudge.Id);
        Assert.Empty(second);
    }

    [Fact]
    public async Task ReleaseAsync_HandsTheNudgeOutAgainLater_KeepingItsDueAtAndAttempt()
    {
        var (queue, connection) = NewQueue();
        await using var _ = connection;
        await queue.ScheduleAsync(At("a", T0), default);
        var claim = Assert.Single(await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default));

        await queue.ReleaseAsync(claim.Nudge with { Attempt = 2 }, T0.AddHours(3), default);

        Assert.Empty(await queue.ClaimDueAsync(T0.AddHours(2), 10, TimeSpan.FromMinutes(2), default));
        var again = Assert.Single(await queue.ClaimDueAsync(T0.AddHours(3), 10, TimeSpan.FromMinutes(2), default));
        Assert.Equal(T0, again.Nudge.DueAt);
        Assert.Equal(2, again.Nudge.Attempt);
        Assert.Equal(new ConversationKey("test", "c"), again.Nudge.Conversation);
    }

    [Fact]
    public async Task ExpiredLease_IsReclaimed_CompletedNudgeIsGone()
    {
        var (queue, connection) = NewQueue();
        await using var _ = connection;
        await queue.ScheduleAsync(At("a", T0), default);
        await queue.ScheduleAsync(At("b", T0), default);
        var claims = await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default);
        await queue.CompleteAsync(claims.Single(c => c.Nudge.Id == "a").Nudge, default);

        var reclaimed = await queue.ClaimDueAsync(T0.AddMinutes(3), 10, TimeSpan.FromMinutes(2), default);

        Assert.Equal("b", Assert.Single(reclaimed).Nudge.Id);
    }

    [Fact]
    public async Task RemoveConversationAsync_RemovesItsNudgesOnly()
    {
        var (queue, connection) = NewQueue();
        await using var _ = connection;
        await queue.ScheduleAsync(At("a", T0), default);
        await queue.ScheduleAsync(At("b", T0) with { Conversation = new ConversationKey("test", "other") }, default);

        await queue.RemoveConversationAsync(new ConversationKey("test", "c"), default);

        Assert.Equal("b", Assert.Single(await queue.ClaimDueAsync(T0, 10, TimeSpan.FromMinutes(2), default)).Nudge.Id);
    }

    private static (RedisNudgeQueue Queue, RedisConnection Connection) NewQueue()
    {
        var (_, connection) = RedisFixture.NewStore();
        var options = Microsoft.Extensions.Options.Options.Create(new Core.State.StorageOptions { KeyPrefix = "q" + Guid.NewGuid().ToString("N")[..10] });
        return (new RedisNudgeQueue(connection, options), connection);
    }

    private static Nudge At(string id, DateTimeOffset due) =>
        new(id, new ConversationKey("test", "c"), "u", NudgeKind.CommitmentDue, due) { CommitmentId = "x" };
}
