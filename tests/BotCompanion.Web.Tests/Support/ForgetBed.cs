using System.Globalization;
using BotCompanion.Core.Nudges;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// One person's real time with the bot, for the /forget tests on either store: a Teams 1:1 chat (its conversation
/// reference and user reference), a goal and a commitment in their own distinctive words, a check-in the scheduler
/// delivers and they answer (and weekly and pre-session check-ins), a link to their coach under the name they chose, a session summary shared with the coach
/// (who gets a notice in Teams), the same person in a Discord DM, then /forget in both. <see cref="Traces"/> is everything that names them.
/// </summary>
public sealed class ForgetBed : IAsyncDisposable
{
    public const string UserId = "29:philippa-8d2f";
    public const string AadObjectId = "aad-philippa-5c71";
    public const string DisplayName = "Philippa Quenby";
    public const string Conversation = "a:philippa-chat-41e9";
    public const string LinkName = "Pip Quenby";
    public const string DiscordUser = "901735551234567890";
    public const string DiscordChannel = "1427700000000000001";
    private static readonly string[] Said =
    [
        "I want to settle the Quenborough budget question with Marisol, my CFO.",
        "I'll call Marisol about the Quenborough numbers by Thursday.",
        "yes",
        "yes",
        "/nudges weekly wednesday 09:00",
        "My next coaching session is on Friday at 3pm",
    ];

    private ForgetBed(ConnectorStub connector, DiscordRestStub discord, BotHost host, FakeTimeProvider time) => (Connector, Discord, Host, Time) = (connector, discord, host, time);

    public ConnectorStub Connector { get; }

    public DiscordRestStub Discord { get; }

    public BotHost Host { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The executive id their coach link got; known once <see cref="LiveASessionAsync"/> has run.</summary>
    public string ExecutiveId { get; private set; } = "";

    /// <summary>What names the person: ids, names, their conversation, words only they wrote.</summary>
    public IReadOnlyList<string> Traces => [UserId, AadObjectId, DisplayName, Conversation, LinkName, "Quenborough", "Marisol", ExecutiveId, DiscordUser, DiscordChannel, "Zanderfell"];

    public static async Task<ForgetBed> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T10:00:00Z", CultureInfo.InvariantCulture));
        var connector = await ConnectorStub.StartAsync();
        var discord = await DiscordRestStub.StartAsync();
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["Nudges:Enabled"] = "false",
            ["RateLimits:Enabled"] = "false",
            ["Channels:Discord:PublicKey"] = FuzzBed.DiscordPublicKey,
            ["Channels:Discord:ApplicationId"] = "1288077469286531073",
            ["Channels:Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Channels:Discord:DeferAfter"] = "00:00:02",
        };
        return new ForgetBed(connector, discord, new BotHost(all, services => services.AddSingleton<TimeProvider>(time)), time);
    }

    /// <summary>Everything above up to, not including, /forget; each step has finished when the next begins.</summary>
    public async Task LiveASessionAsync()
    {
        var coaches = Host.Services.GetRequiredService<ICoachDirectory>();
        var coach = await coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await SayAsync(Message($"/coach-notify {await coaches.IssueNotifyCodeAsync(coach.Id, TimeSpan.FromMinutes(15), default)}", "a:coach-chat", "29:coach-sam", "Sam Coach"));
        foreach (var text in Said)
        {
            await SayAsync(text);
        }

        await DeliverDueCheckInsAsync();
        await SayAsync("Done");
        await SayAsync("It went well: Marisol agreed to the Quenborough figures.");
        await SayAsync($"/coach-link {coach.InviteCode} {LinkName}");
        ExecutiveId = Assert.Single(await coaches.ExecutivesOfAsync(coach.Id, default)).Id;
        await SayAsync("/done");
        await SayAsync("Share as is");
        Assert.NotEmpty(await coaches.SharedWithAsync(coach.Id, ExecutiveId, default));

        // The same person in a Discord DM, with a slash command.
        await InteractAsync(Command("reflect", new JsonObject { ["name"] = "topic", ["type"] = 3, ["value"] = "the Zanderfell offsite" }));
    }

    /// <summary>/forget in their Teams chat, confirmed by typing; then in their Discord DM, confirmed with the button.</summary>
    public async Task ForgetAsync()
    {
        await SayAsync("/forget");
        await SayAsync("yes, forget me");
        await InteractAsync(Command("forget"));
        var click = Interaction(3, new JsonObject { ["component_type"] = 2, ["custom_id"] = $"bc|{DiscordUser}|yes, forget me" });
        click["message"] = new JsonObject { ["id"] = "1427700000000000999", ["content"] = "This deletes everything" };
        await InteractAsync(click);

        // A click is answered at once and its turn runs after; it has run when the conversation is gone.
        var store = Host.Services.GetRequiredService<IStateStore>();
        for (var wait = 0; wait < 200 && await store.GetAsync($"conv:discord:{DiscordChannel}", default) is not null; wait++)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Nudges still queued (any due date): the in-memory queue has no other way to be read.</summary>
    public async Task<IReadOnlyList<Nudge>> QueuedNudgesAsync() =>
        [.. (await Host.Services.GetRequiredService<INudgeQueue>().ClaimDueAsync(DateTimeOffset.MaxValue.AddYears(-1), 10_000, TimeSpan.FromSeconds(1), default)).Select(c => c.Nudge)];

    /// <summary>Every key of the state store with its document.</summary>
    public async Task<IReadOnlyList<(string Key, string Json)>> StoredAsync()
    {
        var store = Host.Services.GetRequiredService<IStateStore>();
        var all = new List<(string, string)>();
        await foreach (var key in store.ListKeysAsync("", default))
        {
            all.Add((key, (await store.GetAsync(key, default))?.Json ?? ""));
        }

        return all;
    }

    /// <summary>The traces found in <paramref name="text"/>, as they are or URL-escaped (in any case: a name is a name in any case).</summary>
    public IEnumerable<string> TracesIn(string text) => Traces.Where(t =>
        text.Contains(t, StringComparison.OrdinalIgnoreCase) || text.Contains(Uri.EscapeDataString(t), StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Discord.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private async Task DeliverDueCheckInsAsync()
    {
        var scheduler = Host.Services.GetServices<IHostedService>().OfType<NudgeScheduler>().Single();
        for (var step = 0; step < 4 * 24 * 4; step++)
        {
            Time.Advance(TimeSpan.FromMinutes(15));
            while (await scheduler.RunOnceAsync(default) > 0)
            {
            }
        }

        // The weekly reflection, the pre-session check-in and the commitment's check-in, in their chat.
        var delivered = new List<string>();
        while (Connector.TryPeek())
        {
            delivered.Add((await Connector.NextMessageAsync()).Activity.GetRawText());
        }

        Assert.Contains(delivered, d => d.Contains("Marisol", StringComparison.Ordinal));
        Assert.True(delivered.Count >= 2, $"{delivered.Count} check-ins delivered");
    }

    private async Task InteractAsync(JsonObject interaction)
    {
        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        using var client = Host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        var algorithm = SignatureAlgorithm.Ed25519;
        using var key = Key.Import(algorithm, Convert.FromHexString(FuzzBed.DiscordSecretKey), KeyBlobFormat.RawPrivateKey);
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(algorithm.Sign(key, [.. "1767225600"u8, .. body])).ToLowerInvariant());
        request.Headers.Add("X-Signature-Timestamp", "1767225600");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static JsonObject Command(string name, JsonObject? option = null) =>
        Interaction(2, new JsonObject { ["id"] = "1", ["name"] = name, ["type"] = 1, ["options"] = option is null ? new JsonArray() : new JsonArray(option) });

    private static JsonObject Interaction(int type, JsonObject data) => DiscordInteraction.Of(type, DiscordChannel, DiscordUser, "pip.q", data);

    private Task SayAsync(string text) => SayAsync(Message(text, Conversation, UserId, DisplayName));

    /// <summary>expectReplies: the turn has run, its replies came back inline, when this returns.</summary>
    private async Task SayAsync(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var client = Host.NewClient();
        using var response = await client.PostAsync("/api/messages", Activities.Json(activity));
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(replies.GetProperty("activities").GetArrayLength() > 0, $"no reply to '{activity["text"]}'");
    }

    private JsonObject Message(string text, string conversation, string user, string name)
    {
        var message = Activities.Message(Connector.ServiceUrl, text, conversation);
        message["from"] = new JsonObject { ["id"] = user, ["name"] = name, ["aadObjectId"] = user == UserId ? AadObjectId : "aad-coach" };
        message["conversation"]!["tenantId"] = "tenant-1";
        message["timestamp"] = Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        return message;
    }
}
