// Measures one turn through POST /api/messages: from the moment the activity is posted until the bot's reply
// arrives at a connector stub over HTTP. Usage: TurnLatency <botBaseUrl> [turns] [conversations]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var bot = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:3978");
var turns = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var conversations = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50;

var pending = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var stub = builder.Build();
stub.MapPost("/v3/conversations/{conversationId}/activities/{replyTo}", async (string replyTo, HttpRequest request) =>
{
    var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
    if (activity.GetProperty("type").GetString() == "message" && pending.TryRemove(replyTo, out var done))
    {
        done.TrySetResult(Stopwatch.GetTimestamp());
    }

    return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
});
await stub.StartAsync();
var serviceUrl = stub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

using var http = new HttpClient { BaseAddress = bot };
var texts = new[] { "I want to be a better delegator.", "My team waits for me to decide everything.", "I could hand over the weekly review.", "What else could I do?", "I'll ask Priya to run Monday's review by Friday." };
var latencies = new List<double>();
for (var i = 0; i < turns + 50; i++)
{
    var id = $"bench-{Guid.NewGuid():N}";
    var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
    pending[id] = done;
    var activity = new
    {
        type = "message",
        id,
        serviceUrl,
        channelId = "msteams",
        from = new { id = "29:bench-user" },
        recipient = new { id = "28:bot" },
        conversation = new { id = $"a:bench-{i % conversations}", conversationType = "personal" },
        text = texts[i % texts.Length],
    };
    var start = Stopwatch.GetTimestamp();
    var response = await http.PostAsJsonAsync("/api/messages", activity);
    response.EnsureSuccessStatusCode();
    var end = await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    if (i >= 50)
    {
        latencies.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
    }
}

latencies.Sort();
double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Round(p * (latencies.Count - 1)))];
Console.WriteLine($"turns={latencies.Count} median_ms={Percentile(0.5):0.00} p90_ms={Percentile(0.9):0.00} p99_ms={Percentile(0.99):0.00} mean_ms={latencies.Average():0.00}");
await stub.StopAsync();
