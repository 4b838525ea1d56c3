using BotCompanion.Channels.Discord;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Nudges;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotCompanion.Web.Tests.Channels.Discord;

/// <summary>The REST client against a stub that answers with the documented 429s and errors; time is fake.</summary>
public sealed class RestClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private DiscordRestStub _rest = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _rest = await DiscordRestStub.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task BucketLimit429_WaitsItsRetryAfter_ThenSendsOnce()
    {
        var client = Client();
        _rest.FailNext(429, Fixture("rate_limit_429_user.json"), Headers("rate_limit_429_user.headers.txt"));

        var send = client.CreateMessageAsync("channel-1", new JsonObject { ["content"] = "How did it go?" }, "n1", default);
        await WhileAsync(() => _rest.All.IsEmpty);
        await Task.Delay(200);
        Assert.False(send.IsCompleted);
        Assert.Single(_rest.All);

        await AdvanceUntilAsync(send, TimeSpan.FromSeconds(70));

        Assert.Equal(2, _rest.All.Count);
    }

    [Fact]
    public async Task Global429_PausesEveryRoute()
    {
        var client = Client();
        _rest.FailNext(429, Fixture("rate_limit_429_global.json"), Headers("rate_limit_429_global.headers.txt"));

        var first = client.CreateMessageAsync("channel-1", new JsonObject { ["content"] = "one" }, "n1", default);
        await WhileAsync(() => _rest.All.IsEmpty);
        await Task.Delay(100);
        var other = client.TriggerTypingAsync("channel-2", default);
        await Task.Delay(300);

        Assert.Single(_rest.All);
        await AdvanceUntilAsync(Task.WhenAll(first, other), TimeSpan.FromSeconds(70));
        Assert.Equal(3, _rest.All.Count);
    }

    [Fact]
    public async Task CloudflareBlock_A429WithoutRateLimitHeaders_BacksOffForAMinute()
    {
        var client = Client();
        _rest.FailNext(429, """{"code":0,"message":"You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently."}""");

        var send = client.TriggerTypingAsync("channel-1", default);
        await WhileAsync(() => _rest.All.IsEmpty);
        await Task.Delay(100);
        _time.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(200);
        Assert.Single(_rest.All);

        await AdvanceUntilAsync(send, TimeSpan.FromSeconds(40));
        Assert.Equal(2, _rest.All.Count);
    }

    [Fact]
    public async Task RefusedRequestsBeyondTheBudget_StopAllCalls_BeforeDiscordWouldBanTheIp()
    {
        var client = Client(budget: 10);
        for (var i = 0; i < 10; i++)
        {
            _rest.FailNext(403, """{"message":"Missing Access","code":50001}""");
            await Assert.ThrowsAsync<DiscordApiException>(() => client.TriggerTypingAsync("channel-1", default));
        }

        var calls = _rest.All.Count;
        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => client.TriggerTypingAsync("channel-1", default));

        Assert.Equal(calls, _rest.All.Count);
        Assert.Contains("IP ban", refused.Message, StringComparison.Ordinal);
        _time.Advance(TimeSpan.FromMinutes(11));
        await client.TriggerTypingAsync("channel-1", default);
    }

    [Fact]
    public async Task UserWhoCannotBeMessaged_IsRecordedUnreachable_AndNotTriedAgain()
    {
        using var host = Host();
        var sender = host.Services.GetRequiredService<DiscordProactiveSender>();
        _rest.FailNext(403, """{"message":"Cannot send messages to this user","code":50007}""");
        var dm = new ConversationKey("discord", "dm-1");

        await Assert.ThrowsAsync<RecipientUnreachableException>(() => sender.SendAsync(dm, [new OutgoingReply("How did it go?")], "nudge-1", default));
        var calls = _rest.All.Count;
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => sender.SendAsync(dm, [new OutgoingReply("How did it go?")], "nudge-2", default));

        Assert.Equal(calls, _rest.All.Count);
    }

    [Fact]
    public async Task LongCheckIn_IsSplitUnder2000Characters_WithButtonsOnTheLastPart_AndStableNonces()
    {
        using var host = Host(withInteractions: true);
        var sender = host.Services.GetRequiredService<DiscordProactiveSender>();
        var text = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Paragraph {i} of a long reflection on delegation and trust."));

        await sender.SendAsync(new ConversationKey("discord", "dm-2"), [new OutgoingReply(text) { SuggestedActions = ["Done", "Not yet"] }], "nudge-3", default);
        await sender.SendAsync(new ConversationKey("discord", "dm-2"), [new OutgoingReply(text) { SuggestedActions = ["Done", "Not yet"] }], "nudge-3", default);

        var posts = _rest.All.Where(c => c.Method == "POST" && c.Path.EndsWith("/channels/dm-2/messages", StringComparison.Ordinal)).ToList();
        var firstDelivery = posts.Take(posts.Count / 2).ToList();
        Assert.True(firstDelivery.Count > 1);
        Assert.All(firstDelivery, p => Assert.InRange(p.Body.GetProperty("content").GetString()!.Length, 1, 2000));
        Assert.True(firstDelivery[^1].Body.TryGetProperty("components", out _));
        Assert.False(firstDelivery[0].Body.TryGetProperty("components", out _));
        Assert.Equal(firstDelivery.Select(p => p.Body.GetProperty("nonce").GetString()), posts.Skip(posts.Count / 2).Select(p => p.Body.GetProperty("nonce").GetString()));
        Assert.All(posts, p => Assert.InRange(p.Body.GetProperty("nonce").GetString()!.Length, 1, 25));
    }

    private DiscordRestClient Client(int budget = 5000) =>
        new(_http, Options.Create(new DiscordOptions { BotToken = "test-bot-token", ApiBaseUrl = _rest.ApiBaseUrl, InvalidRequestBudget = budget }), _time, NullLogger<DiscordRestClient>.Instance);

    [Fact]
    public async Task CheckIn_WithoutAnInteractionsEndpoint_ListsItsChoicesInTheText_InsteadOfButtonsNobodyCouldClick()
    {
        using var host = Host();
        var sender = host.Services.GetRequiredService<DiscordProactiveSender>();

        await sender.SendAsync(new ConversationKey("discord", "dm-4"), [new OutgoingReply("You said you'd call the CFO. How did it go?") { SuggestedActions = ["Done", "Partly", "Not yet", "Drop"] }], "nudge-4", default);

        var post = Assert.Single(_rest.All, c => c.Method == "POST" && c.Path.EndsWith("/channels/dm-4/messages", StringComparison.Ordinal));
        Assert.False(post.Body.TryGetProperty("components", out _));
        Assert.EndsWith("How did it go?\n(Done / Partly / Not yet / Drop)", post.Body.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private BotHost Host(bool withInteractions = false)
    {
        var settings = new Dictionary<string, string?> { ["Channels:Discord:ApiBaseUrl"] = _rest.ApiBaseUrl.ToString() };
        if (withInteractions)
        {
            // RFC 8032 TEST 1 public key; interactions need the application id and bot token beside it.
            settings["Channels:Discord:PublicKey"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
            settings["Channels:Discord:ApplicationId"] = "1100000000000000000";
            settings["Channels:Discord:BotToken"] = "test-bot-token";
            settings["Channels:Discord:GatewayUrl"] = "ws://127.0.0.1:9/";
        }

        return new(settings);
    }

    private async Task AdvanceUntilAsync(Task task, TimeSpan total)
    {
        for (var advanced = TimeSpan.Zero; !task.IsCompleted && advanced < total; advanced += TimeSpan.FromSeconds(5))
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }

        await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task WhileAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && condition(); i++)
        {
            await Task.Delay(10);
        }
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "discord", name));

    private static Dictionary<string, string> Headers(string file) =>
        Fixture(file).Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Contains(':', StringComparison.Ordinal) && !l.StartsWith("Content-Type", StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)], l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
}
