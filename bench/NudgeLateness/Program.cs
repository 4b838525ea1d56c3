// Lateness of commitment nudges under load: N nudges fall due over a window, two scheduler instances share one
// Redis (as two bot instances would), and each delivery's lateness (delivered − due) is recorded, with the Redis
// round trips the schedulers made per delivered nudge.
// Usage: NudgeLateness <redis> [nudges] [windowSeconds] [pollInterval] [pollJitter]
using System.Collections.Concurrent;
using System.Globalization;
using BotCompanion.Storage.Redis.Tests;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

var redis = args.Length > 0 ? args[0] : "127.0.0.1:6379";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
var window = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20);
var poll = args.Length > 3 ? args[3] : "00:00:01";
var jitter = args.Length > 4 ? args[4] : "00:00:00.500";
var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
var repo = RepoRoot();

var sender = new RecordingSender();
var instances = Enumerable.Range(0, 2).Select(_ => Instance(sender)).ToList();
var start = DateTimeOffset.UtcNow.AddSeconds(3);
await SeedAsync(instances[0], start);
await using var stats = await ConnectionMultiplexer.ConnectAsync(redis + ",allowAdmin=true");
var server = stats.GetServer(stats.GetEndPoints()[0]);
var before = await RoundTrips.CountAsync(instances, server);

var schedulers = instances.Select(i => i.GetServices<IHostedService>().OfType<NudgeScheduler>().Single()).ToList();
foreach (var scheduler in schedulers)
{
    await scheduler.StartAsync(CancellationToken.None);
}

var deadline = DateTime.UtcNow + window + TimeSpan.FromSeconds(60);
while (sender.Lateness.Count < count && DateTime.UtcNow < deadline)
{
    await Task.Delay(100);
}

foreach (var scheduler in schedulers)
{
    await scheduler.StopAsync(CancellationToken.None);
}

var trips = await RoundTrips.CountAsync(instances, server) - before;
var ms = sender.Lateness.Values.Select(t => t.TotalMilliseconds).Order().ToArray();
double P(double q) => ms.Length == 0 ? double.NaN : ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"nudges {count} over {window.TotalSeconds:0}s, 2 instances, poll {poll} + jitter {jitter}: delivered {ms.Length}, duplicates {sender.Duplicates}, lost {count - ms.Length}, lateness ms median {P(0.5):0} p90 {P(0.9):0} p99 {P(0.99):0} max {P(1):0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  Redis round trips per delivered nudge: {trips.Sent / (double)ms.Length:0.00} ({trips.Sent} commands sent on the 2 schedulers' connections from start to stop, by StackExchange.Redis GetCounters(); a Lua script call is one, whatever it runs; empty polls and keep-alives included)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  server check: {trips.ScriptCalls} EVAL/EVALSHA calls, {trips.ScriptCalls / (double)ms.Length:0.00} per delivered nudge (INFO commandstats; commands run inside scripts are counted there apart and are not round trips)"));
foreach (var instance in instances)
{
    await instance.DisposeAsync();
}

return ms.Length == count && sender.Duplicates == 0 ? 0 : 1;

ServiceProvider Instance(IProactiveSender proactive) => NudgeBed.Services(
    new Dictionary<string, string?>
    {
        ["Storage:Redis:Configuration"] = redis,
        ["Storage:KeyPrefix"] = prefix,
        ["Prompts:Path"] = Path.Combine(repo, "prompts"),
        ["Prompts:ReloadOnChange"] = "false",
        ["Nudges:PollInterval"] = poll,
        ["Nudges:PollJitter"] = jitter,
    },
    proactive);

async Task SeedAsync(IServiceProvider services, DateTimeOffset first)
{
    foreach (var (conversation, due) in await NudgeBed.SeedAsync(services, "bench", count, i => first + (window * i / count), DateTimeOffset.UtcNow))
    {
        sender.Due[conversation.ConversationId] = due;
    }
}

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "BotCompanion.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("BotCompanion.sln not found above the bench output folder.");
}

/// <summary>Records when each conversation's nudge arrives, against the time it fell due.</summary>
internal sealed class RecordingSender : IProactiveSender
{
    public ConcurrentDictionary<string, DateTimeOffset> Due { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, TimeSpan> Lateness { get; } = new(StringComparer.Ordinal);

    private int _duplicates;

    public int Duplicates => _duplicates;

    public IReadOnlyCollection<string> Channels { get; } = ["bench"];

    public Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
    {
        var late = DateTimeOffset.UtcNow - Due[conversation.ConversationId];
        if (!Lateness.TryAdd(deliveryId, late))
        {
            Interlocked.Increment(ref _duplicates);
        }

        return Task.CompletedTask;
    }
}
