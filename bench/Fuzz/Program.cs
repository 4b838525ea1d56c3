// bench/fuzz.sh's runner: sends generated hostile requests (the fuzz tests' generators) to every endpoint of a
// running host and prints, per endpoint, the requests sent, a histogram of status codes, the 5xx and the requests
// that got no answer; then whether the host is still ready and, with Redis, whether anything was stored for a
// request answered 4xx. Exit code 1 when any property broke.
// Usage: Fuzz --host URL --stub-port PORT [--count N] [--seed S] [--parallel P] [--signin-link URL] [--invite CODE]
//             [--redis HOST:PORT --prefix KEYPREFIX]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BotCompanion.Web.Tests.Support;
using Fuzz;
using StackExchange.Redis;

var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal) && p.i + 1 < args.Length)
    .ToDictionary(p => p.a[2..], p => args[p.i + 1], StringComparer.Ordinal);
string? Option(string name) => options.TryGetValue(name, out var value) ? value : null;
var host = new Uri(Option("host") ?? "http://127.0.0.1:3978");
var stubPort = int.Parse(Option("stub-port") ?? "0", CultureInfo.InvariantCulture);
var count = int.Parse(Option("count") ?? "100000", CultureInfo.InvariantCulture);
var seed = ulong.Parse(Option("seed") ?? "15", CultureInfo.InvariantCulture);
var parallel = int.Parse(Option("parallel") ?? "8", CultureInfo.InvariantCulture);

// The connector and Discord's REST API in one stub: every call is answered 200 with an id.
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls($"http://127.0.0.1:{stubPort}");
builder.Logging.ClearProviders();
var stub = builder.Build();
stub.Map("/{**path}", () => Results.Json(new { id = "1" }));
await stub.StartAsync();

using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = parallel * 2 })
{
    BaseAddress = host,
    Timeout = TimeSpan.FromSeconds(60),
};
var formToken = await SignInAsync(Option("signin-link"));
var executive = Option("invite") is { } invite ? await LinkExecutiveAsync(invite) : null;
Console.WriteLine($"fuzz: {count:N0} requests, seed {seed}, {parallel} at a time, coach {(formToken.SignedIn ? "signed in" : "not signed in")}, executive {executive ?? "none"}");

var requests = new FuzzRequests(new FuzzTargets(new Uri($"http://127.0.0.1:{stubPort}/"), "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", formToken.Token, executive));
var tallies = new ConcurrentDictionary<string, EndpointTally>(StringComparer.Ordinal);
var rejected = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
var notReady = 0;
var sent = 0;
var clock = Stopwatch.StartNew();
await FuzzRun.SendAllAsync(FuzzRun.Requests(requests.Any(), seed, count), parallel, async (request, ct) =>
{
    var tally = tallies.GetOrAdd(request.Endpoint, _ => new EndpointTally());
    try
    {
        using var message = request.ToHttpRequest();
        using var response = await client.SendAsync(message, ct);
        var status = (int)response.StatusCode;
        tally.Answered(status, request.Allows(status), () => $"{status} {request}");
        if (status is >= 400 and < 500)
        {
            rejected[request.Marker] = 0;
        }
    }
    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
    {
        tally.Unanswered(() => $"no answer ({ex.Message}) {request}");
    }

    if (Interlocked.Increment(ref sent) % 10_000 == 0)
    {
        using var ready = await client.GetAsync("/readyz", ct);
        if (ready.StatusCode != HttpStatusCode.OK)
        {
            Interlocked.Increment(ref notReady);
        }

        Console.WriteLine($"  {sent,7:N0} sent, {clock.Elapsed.TotalSeconds,6:0} s, /readyz {(int)ready.StatusCode}");
    }
});
var elapsed = clock.Elapsed;
using var healthz = await client.GetAsync("/healthz");
using var readyz = await client.GetAsync("/readyz");

Console.WriteLine();
Console.WriteLine($"{"endpoint",-9} {"requests",9} {"5xx",5} {"501*",5} {"no answer",9}  status codes");
foreach (var (endpoint, tally) in tallies.OrderBy(t => t.Key, StringComparer.Ordinal))
{
    var histogram = string.Join(" ", tally.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Value}"));
    var allowed501 = endpoint == FuzzRequests.Teams ? tally.Statuses.GetValueOrDefault(501) : 0;
    Console.WriteLine($"{endpoint,-9} {tally.Requests,9:N0} {tally.Unexpected5xx,5} {allowed501,5} {tally.NoAnswer,9}  {histogram}");
}

var total = tallies.Values.Sum(t => t.Requests);
var fiveXx = tallies.Values.Sum(t => t.Unexpected5xx);
var unanswered = tallies.Values.Sum(t => t.NoAnswer);
Console.WriteLine($"{"total",-9} {total,9:N0} {fiveXx,5} {"",5} {unanswered,9}  in {elapsed.TotalSeconds:0} s ({total / elapsed.TotalSeconds:0} requests/s)");
Console.WriteLine("* 501: invokes the bot does not support, answered as the Bot Framework expects; not counted as 5xx");
Console.WriteLine($"after the run: /healthz {(int)healthz.StatusCode}, /readyz {(int)readyz.StatusCode}; /readyz not 200 during the run: {notReady} of {sent / 10_000} checks");

var storedForRejected = -1;
if (Option("redis") is { } redisConfiguration)
{
    storedForRejected = 0;
    var markers = new Regex("fz[0-9a-f]{16}", RegexOptions.Compiled);
    await using var redis = await ConnectionMultiplexer.ConnectAsync(redisConfiguration);
    var keys = 0;
    await foreach (var (key, _, content) in RedisScan.AllAsync(redis, (Option("prefix") ?? "botcompanion") + ":*"))
    {
        keys++;
        if (markers.Matches(key + " " + content).Any(m => rejected.ContainsKey(m.Value)))
        {
            storedForRejected++;
            Console.WriteLine($"  stored for a rejected request: {key}");
        }
    }

    Console.WriteLine($"Redis: {keys:N0} keys scanned (every type read), {rejected.Count:N0} requests answered 4xx, keys holding data of one: {storedForRejected}");
}

foreach (var sample in tallies.Values.SelectMany(t => t.Samples).Take(10))
{
    Console.WriteLine("  " + (sample.Length > 600 ? sample[..600] + "…" : sample));
}

await stub.StopAsync();
return fiveXx == 0 && unanswered == 0 && notReady == 0 && healthz.IsSuccessStatusCode && readyz.IsSuccessStatusCode && storedForRejected <= 0 ? 0 : 1;

// Signs the coach in with a single-use link (the portal's own form and antiforgery token); without one, the
// sign-in page's token is used, and the signed-in forms are answered with a redirect to sign in.
async Task<(string Token, bool SignedIn)> SignInAsync(string? link)
{
    var tokenPattern = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
    var page = await client.GetStringAsync(link is null ? "/coach/signin" : new Uri(link).PathAndQuery);
    var token = tokenPattern.Match(page).Groups[1].Value;
    if (link is null)
    {
        return (token, false);
    }

    var signInToken = Uri.UnescapeDataString(new Uri(link).Query.Split("token=")[1]);
    using var signedIn = await client.PostAsync(new Uri(link).PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["token"] = signInToken }));
    var portal = await client.GetStringAsync("/coach");
    return (tokenPattern.Match(portal).Groups[1].Value, signedIn.StatusCode == HttpStatusCode.Redirect);
}

// An executive linked to the coach through the web chat (/coach-link), so that recording a session reaches the store.
async Task<string?> LinkExecutiveAsync(string code)
{
    using var linked = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "bench-executive", text = $"/coach-link {code} Bench" });
    var portal = await client.GetStringAsync("/coach");
    return Regex.Match(portal, "/coach/executives/([A-Za-z0-9_-]+)").Groups[1].Value is { Length: > 0 } id ? id : null;
}
