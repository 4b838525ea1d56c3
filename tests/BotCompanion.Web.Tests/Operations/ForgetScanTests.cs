using StackExchange.Redis;

namespace BotCompanion.Web.Tests.Operations;

/// <summary>
/// /forget means forgotten: after a real session (messages, a commitment and its delivered check-in, a coach link, a
/// summary shared with the coach, Teams references) and /forget, nothing the bot keeps names the person. On Redis every
/// key of the deployment is scanned and read whatever its type (Data Protection's key ring excepted); in memory every
/// key of the store and every queued nudge. Each trace is first shown to be found before /forget, so the scan can see it.
/// </summary>
public sealed class ForgetScanTests
{
    [Fact]
    public async Task AfterForget_NoRedisKeyOrValueNamesThePerson()
    {
        var prefix = "forget" + Guid.NewGuid().ToString("N")[..8];
        await using var bed = await ForgetBed.StartAsync(new() { ["Storage:Redis:Configuration"] = TestRedis.Configuration, ["Storage:KeyPrefix"] = prefix });
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestRedis.Configuration);
        await bed.LiveASessionAsync();
        var before = await RedisTracesAsync(bed, redis, prefix);

        await bed.ForgetAsync();

        Assert.Equal(bed.Traces.Order(StringComparer.Ordinal), before.SelectMany(b => b.Traces).Distinct().Order(StringComparer.Ordinal));
        // The /forget turn itself leaves the turn journal a moment after its reply is delivered.
        using (var settle = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (await redis.GetDatabase().StreamLengthAsync(prefix + ":turns:stream") > 0)
            {
                await Task.Delay(20, settle.Token);
            }
        }

        var left = await RedisTracesAsync(bed, redis, prefix);
        Assert.True(left.Count == 0, "left after /forget:\n" + string.Join("\n", left.Select(l => $"{l.Key} ({string.Join(", ", l.Traces)})")));
    }

    [Fact]
    public async Task AfterForget_NothingInTheInMemoryStoreOrNudgeQueueNamesThePerson()
    {
        await using var bed = await ForgetBed.StartAsync();
        await bed.LiveASessionAsync();
        var before = InMemoryTraces(bed, await bed.StoredAsync());

        await bed.ForgetAsync();

        Assert.Equal(bed.Traces.Order(StringComparer.Ordinal), before.SelectMany(b => b.Traces).Distinct().Order(StringComparer.Ordinal));
        var left = InMemoryTraces(bed, await bed.StoredAsync());
        Assert.True(left.Count == 0, "left after /forget:\n" + string.Join("\n", left.Select(l => $"{l.Key} ({string.Join(", ", l.Traces)})")));
        Assert.DoesNotContain(await bed.QueuedNudgesAsync(), n => bed.TracesIn($"{n.Id} {n.Conversation} {n.UserId}").Any());
    }

    private static async Task<List<(string Key, string[] Traces)>> RedisTracesAsync(ForgetBed bed, IConnectionMultiplexer redis, string prefix)
    {
        var found = new List<(string, string[])>();
        await foreach (var (key, _, content) in RedisScan.AllAsync(redis, prefix + ":*"))
        {
            if (key != $"{prefix}:dataprotection:keys" && bed.TracesIn(key + "\n" + content).ToArray() is { Length: > 0 } traces)
            {
                found.Add((key, traces));
            }
        }

        return found;
    }

    private static List<(string Key, string[] Traces)> InMemoryTraces(ForgetBed bed, IReadOnlyList<(string Key, string Json)> stored) =>
        [.. stored.Select(s => (s.Key, bed.TracesIn(s.Key + "\n" + s.Json).ToArray())).Where(s => s.Item2.Length > 0)];
}
