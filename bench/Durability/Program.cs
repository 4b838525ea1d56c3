using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Durability;

// Outage drills for the durable turn journal, on real processes: the Release host run N times on one redis-server
// (AOF, fsync always), Teams messages posted round-robin between the live instances, and one disruption:
//   burst     every turn acknowledged first (one per conversation), then one instance SIGKILLed and started again
//   kill      SIGKILL an instance every INTERVAL ms, KILLS times, restarting it each time
//   redis     stop redis-server for OUTAGE seconds under load, then start it again on the same data
//   connector the Bot Connector answers 503 for OUTAGE seconds under load
// Prints acknowledged, refused, answered, lost, answered twice and the time to answer (all, and after recovery).
var arguments = args.Length >= 3 ? args : throw new ArgumentException("usage: Durability <web dll> <mode> <turns> [instances] [kills] [interval ms] [outage s]");
var dll = arguments[0];
var mode = arguments[1];
var turns = int.Parse(arguments[2], CultureInfo.InvariantCulture);
var instanceCount = arguments.Length > 3 ? int.Parse(arguments[3], CultureInfo.InvariantCulture) : 2;
var kills = arguments.Length > 4 ? int.Parse(arguments[4], CultureInfo.InvariantCulture) : 20;
var interval = arguments.Length > 5 ? int.Parse(arguments[5], CultureInfo.InvariantCulture) : 1500;
var outage = TimeSpan.FromSeconds(arguments.Length > 6 ? int.Parse(arguments[6], CultureInfo.InvariantCulture) : 30);
var perConversation = mode == "burst" ? 1 : 5;

var redis = new RedisProcess();
await redis.StartAsync();
var connector = new ConnectorStub();
await connector.StartAsync();
var environment = new Dictionary<string, string>
{
    ["DOTNET_ENVIRONMENT"] = "Development",
    ["Storage__Redis__Configuration"] = $"127.0.0.1:{redis.Port}",
    ["Storage__KeyPrefix"] = "drill",
    ["Turns__Lease"] = "00:00:05",
    ["Logging__LogLevel__Default"] = "Warning",
    ["Logging__LogLevel__BotCompanion.Channels.Turns"] = "Debug",
};
if (mode == "burst")
{
    // The offline coach answers in milliseconds; two turns at a time builds the backlog a network model would.
    environment["Turns__MaxConcurrency"] = "2";
}

var instances = Enumerable.Range(0, instanceCount).Select(i => new BotInstance(dll, $"drill-{i}", RedisProcess.FreePort(), environment)).ToList();
await Task.WhenAll(instances.Select(i => i.StartAsync()));

var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
var refused = 0;
var recoveries = new ConcurrentBag<long>();
var disruptions = new ConcurrentBag<long>();
var next = 0;
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
var started = Stopwatch.GetTimestamp();

async Task PostAsync(string conversation, string id, string text)
{
    var body = $$"""
        {"type":"message","id":"{{id}}","timestamp":"2026-12-03T09:00:00Z","serviceUrl":"{{connector.ServiceUrl}}","channelId":"msteams",
         "from":{"id":"29:{{conversation}}","name":"Exec"},"recipient":{"id":"28:bot","name":"BotCompanion"},
         "conversation":{"id":"a:{{conversation}}","conversationType":"personal"},"text":"{{text}}"}
        """;
    while (true)
    {
        var live = instances.Where(i => i.IsUp).ToList();
        var target = live.Count > 0 ? live[Interlocked.Increment(ref next) % live.Count] : instances[0];
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri(target.Address, "/api/messages"), content);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                acknowledged[id] = Stopwatch.GetTimestamp();
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The instance is down: the Bot Framework service retries a failed delivery, as this does.
        }

        Interlocked.Increment(ref refused);
        await Task.Delay(200);
    }
}

string[] lines =
[
    "I keep putting off a hard conversation with my CFO.",
    "She thinks I undermine her in front of the board.",
    "I want us to trust each other again by the end of the quarter.",
    "I could ask her for an hour on Friday.",
    "I'll ask her for an hour on Friday to talk about the board meetings.",
];
var conversations = turns / perConversation;
// Kills are spread over the sending, about four seconds apart (kill, restart, settle): the senders pace themselves.
var pause = mode == "kill" ? TimeSpan.FromSeconds(32.0 * kills * 4 / turns) : TimeSpan.Zero;
var senders = Enumerable.Range(0, 32).Select(async worker =>
{
    for (var c = worker; c < conversations; c += 32)
    {
        for (var m = 0; m < perConversation; m++)
        {
            await PostAsync($"drill-{c}", $"drill-{c}-{m}", lines[m]);
            await Task.Delay(pause);
        }
    }
}).ToList();
var sending = Task.WhenAll(senders);

var disruption = Task.Run(async () =>
{
    // The redis and connector outages start once a third of the turns are acknowledged, so some are in flight.
    async Task AThirdAcknowledgedAsync()
    {
        while (acknowledged.Count < turns / 3)
        {
            await Task.Delay(50);
        }
    }

    switch (mode)
    {
        case "burst":
            await sending;
            Console.WriteLine($"burst: all {acknowledged.Count} acknowledged; SIGKILL {instances[0].Name}");
            disruptions.Add(Stopwatch.GetTimestamp());
            await instances[0].KillAsync();
            await instances[0].StartAsync();
            recoveries.Add(Stopwatch.GetTimestamp());
            break;
        case "kill":
            for (var k = 0; k < kills && !sending.IsCompleted; k++)
            {
                await Task.Delay(interval);
                var victim = instances[k % instances.Count];
                disruptions.Add(Stopwatch.GetTimestamp());
                await victim.KillAsync();
                await Task.Delay(500);
                await victim.StartAsync();
                recoveries.Add(Stopwatch.GetTimestamp());
            }

            break;
        case "redis":
            await AThirdAcknowledgedAsync();
            disruptions.Add(Stopwatch.GetTimestamp());
            await redis.StopAsync();
            await Task.Delay(outage);
            await redis.StartAsync();
            recoveries.Add(Stopwatch.GetTimestamp());
            break;
        case "connector":
            await AThirdAcknowledgedAsync();
            connector.FailFor(outage);
            await Task.Delay(outage);
            recoveries.Add(Stopwatch.GetTimestamp());
            break;
        default:
            throw new ArgumentException($"unknown mode '{mode}'");
    }
});

await sending;
await disruption;
var sent = Stopwatch.GetElapsedTime(started);
var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 180);
while (Stopwatch.GetTimestamp() < deadline && acknowledged.Keys.Any(id => !connector.Replies.ContainsKey(id)))
{
    await Task.Delay(250);
}

await Task.Delay(3000);
foreach (var instance in instances)
{
    await instance.StopAsync();
}

await redis.StopAsync();

var answered = acknowledged.Keys.Count(connector.Replies.ContainsKey);
var twice = acknowledged.Keys.Count(id => connector.Replies.TryGetValue(id, out var r) && r.Select(x => x.Text).Distinct(StringComparer.Ordinal).Count() < r.Count);
var latencies = acknowledged.Where(a => connector.Replies.ContainsKey(a.Key))
    .Select(a => Stopwatch.GetElapsedTime(a.Value, connector.Replies[a.Key].Min(r => r.At)).TotalMilliseconds).Order().ToList();
var afterRecovery = new List<double>();
foreach (var recovered in recoveries)
{
    foreach (var (id, at) in acknowledged)
    {
        if (at < recovered && connector.Replies.TryGetValue(id, out var r) && r.Min(x => x.At) is var first && first > recovered)
        {
            afterRecovery.Add(Stopwatch.GetElapsedTime(recovered, first).TotalMilliseconds);
        }
    }
}

afterRecovery.Sort();
foreach (var id in acknowledged.Keys.Where(id => !connector.Replies.ContainsKey(id)).Take(10))
{
    Console.WriteLine($"lost: {id}");
}

// A repeated reply: when its first copy reached the connector, relative to the nearest disruption (negative = before it).
foreach (var (id, replies) in connector.Replies.Where(r => r.Value.GroupBy(x => x.Text).Any(g => g.Count() > 1)))
{
    var first = replies.GroupBy(x => x.Text).First(g => g.Count() > 1).Min(x => x.At);
    var nearest = disruptions.IsEmpty ? first : disruptions.MinBy(d => Math.Abs(d - first));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"twice: {id}, first copy {(first - nearest) * 1000.0 / Stopwatch.Frequency:F1} ms from the nearest disruption"));
}

static string P(List<double> values, double q) => values.Count == 0 ? "-" : values[Math.Min(values.Count - 1, (int)(q * values.Count))].ToString("F0", CultureInfo.InvariantCulture) + " ms";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mode={mode} instances={instanceCount} disruptions={recoveries.Count} sent in {sent.TotalSeconds:F1} s | acknowledged={acknowledged.Count} refused(retried)={refused} answered={answered} lost={acknowledged.Count - answered} answered-twice={twice} | time to answer p50={P(latencies, 0.5)} p99={P(latencies, 0.99)} | after recovery n={afterRecovery.Count} p50={P(afterRecovery, 0.5)} p99={P(afterRecovery, 0.99)}"));
