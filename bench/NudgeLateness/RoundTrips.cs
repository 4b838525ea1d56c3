using System.Globalization;
using BotCompanion.Storage.Redis;
using StackExchange.Redis;

/// <summary>
/// Redis round trips, counted two ways. <see cref="Sent"/>: the commands the instances' own connections sent
/// (StackExchange.Redis <c>GetCounters()</c>), so a Lua script call is one round trip whatever it runs inside.
/// <see cref="ScriptCalls"/>: the EVAL/EVALSHA calls the server saw (<c>INFO commandstats</c>), as a check from
/// the other end; the commands run inside those scripts are listed there apart and are not round trips.
/// </summary>
internal sealed record RoundTrips(long Sent, long ScriptCalls)
{
    public static async Task<RoundTrips> CountAsync(IEnumerable<IServiceProvider> instances, IServer server)
    {
        long sent = 0;
        foreach (var instance in instances)
        {
            var counters = (await instance.GetRequiredService<RedisConnection>().GetAsync()).GetCounters();
            sent += counters.Interactive.OperationCount + counters.Subscription.OperationCount;
        }

        var stats = await server.InfoAsync("commandstats");
        var scripts = stats.SelectMany(group => group)
            .Where(stat => stat.Key is "cmdstat_eval" or "cmdstat_evalsha")
            .Sum(stat => Calls(stat.Value));
        return new RoundTrips(sent, scripts);
    }

    public static RoundTrips operator -(RoundTrips after, RoundTrips before) =>
        new(after.Sent - before.Sent, after.ScriptCalls - before.ScriptCalls);

    /// <summary>"calls=12,usec=34,…" → 12.</summary>
    private static long Calls(string value) =>
        long.Parse(value.Split(',')[0].Split('=')[1], CultureInfo.InvariantCulture);
}
