using BotCompanion.Channels.Discord;

namespace BotCompanion.Web.Tests.Channels.Discord;

/// <summary>The Gateway worker against a fake Gateway (a real WebSocket server) and a REST stub, in the real host.</summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private const string Channel = "1327200259276931075";
    private DiscordGatewayBed _bed = null!;

    public async Task InitializeAsync() => _bed = await DiscordGatewayBed.StartAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private DiscordGateway Worker => _bed.Host.Services.GetRequiredService<DiscordGateway>();

    [Fact]
    public async Task DirectMessage_ArrivesOverTheGateway_AndTheCoachsReplyReachesRest()
    {
        var connection = await ReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", Fixture("gateway_message_create_dm_from_user.json")["d"]!.DeepClone(), 2);

        await _bed.Rest.NextAsync("POST", $"/channels/{Channel}/typing");
        var replies = new List<DiscordRestStub.RestCall>();
        while (replies.Count == 0 || !replies[^1].Body.GetProperty("content").GetString()!.EndsWith('?'))
        {
            replies.Add(await _bed.Rest.NextAsync("POST", $"/channels/{Channel}/messages"));
        }

        Assert.Contains("AI coaching companion", replies[0].Body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.All(replies, r => Assert.Equal("Bot test-bot-token", r.Authorization));
        Assert.All(replies, r => Assert.StartsWith("DiscordBot (", r.UserAgent, StringComparison.Ordinal));
        Assert.All(replies, r => Assert.True(r.Body.GetProperty("enforce_nonce").GetBoolean()));
        Assert.Equal(replies.Count, replies.Select(r => r.Body.GetProperty("nonce").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task OwnEchoAndRepeatedDeliveries_GetNoReply()
    {
        var connection = await ReadyAsync();
        var echo = Fixture("gateway_message_create_dm_own_bot_echo.json")["d"]!.DeepClone().AsObject();
        echo["author"]!["id"] = "1288077469286531073";

        await connection.DispatchAsync("MESSAGE_CREATE", echo, 2);
        await connection.DispatchAsync("MESSAGE_CREATE", Fixture("gateway_message_create_dm_from_user.json")["d"]!.DeepClone(), 3);
        await connection.DispatchAsync("MESSAGE_CREATE", Fixture("gateway_message_create_dm_from_user.json")["d"]!.DeepClone(), 4);
        await Task.Delay(1500);

        var typing = _bed.Rest.All.Count(c => c.Path.EndsWith("/typing", StringComparison.Ordinal));
        Assert.Equal(1, typing);
    }

    [Theory]
    [InlineData("another bot")]
    [InlineData("system")]
    [InlineData("webhook")]
    [InlineData("server channel")]
    [InlineData("pin notice")]
    public async Task MessagesThatAreNotAPersonWritingInADm_GetNoReply(string kind)
    {
        var connection = await ReadyAsync();
        var message = Fixture("gateway_message_create_dm_from_user.json")["d"]!.DeepClone().AsObject();
        message["id"] = "1327200259276931999";
        switch (kind)
        {
            case "another bot": message["author"]!["bot"] = true; break;
            case "system": message["author"]!["system"] = true; break;
            case "webhook": message["webhook_id"] = "1327200259276931000"; break;
            case "server channel": message["guild_id"] = "1290644383334531072"; break;
            default: message["type"] = 6; break;
        }

        await connection.DispatchAsync("MESSAGE_CREATE", message, 2);
        // A real DM after it is answered: the filtered one was read and skipped, not merely still in flight.
        await connection.DispatchAsync("MESSAGE_CREATE", Fixture("gateway_message_create_dm_from_user.json")["d"]!.DeepClone(), 3);
        await _bed.Rest.NextAsync("POST", $"/channels/{Channel}/typing");
        await Task.Delay(500);

        Assert.Equal(1, _bed.Rest.All.Count(c => c.Path.EndsWith("/typing", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IdentifyAsksOnlyForDirectMessages()
    {
        var connection = await _bed.Gateway.NextConnectionAsync();
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);
        await connection.HelloAsync(45_000);

        var identify = await connection.ExpectAsync(2);

        Assert.Equal(4096, identify["d"]!["intents"]!.GetValue<int>());
        Assert.Equal("test-bot-token", identify["d"]!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReconnectRequest_IsFollowedByAResumeWithTheSessionAndLastSequence()
    {
        var connection = await ReadyAsync(sequence: 41);

        await connection.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

        var resume = await ResumedAsync();
        Assert.Equal("session-1", resume["d"]!["session_id"]!.GetValue<string>());
        Assert.Equal(41, resume["d"]!["seq"]!.GetValue<int>());
        await connection.Closed;
        Assert.NotEqual(1000, connection.ClientCloseCode);
    }

    [Fact]
    public async Task MissedHeartbeatAck_IsAZombie_ClosedAndResumed()
    {
        var connection = await _bed.Gateway.NextConnectionAsync();
        connection.PlayDead = true;
        await connection.HelloAsync(150);
        await connection.ExpectAsync(2);
        await connection.ReadyAsync(_bed.Gateway.Url);

        await ResumedAsync();

        Assert.Contains(_bed.Logs.Entries, e => e.Event.Name == "DiscordZombie");
        Assert.NotEqual(1000, connection.ClientCloseCode);
    }

    [Theory]
    [InlineData(true, 6)]
    [InlineData(false, 2)]
    public async Task InvalidSession_ResumesWhenResumable_OtherwiseIdentifiesAfresh(bool resumable, int expectedOp)
    {
        var connection = await ReadyAsync();

        await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });

        var next = await _bed.Gateway.NextConnectionAsync(TimeSpan.FromSeconds(15));
        await next.HelloAsync(45_000);
        await next.ExpectAsync(expectedOp, TimeSpan.FromSeconds(15));
    }

    [Theory]
    [InlineData(4000, 6)]
    [InlineData(4009, 2)]
    [InlineData(1000, 2)]
    public async Task RecoverableCloseCodes_ReconnectAsDocumented(int code, int expectedOp)
    {
        var connection = await ReadyAsync();

        await connection.CloseAsync(code);

        var next = await _bed.Gateway.NextConnectionAsync();
        await next.HelloAsync(45_000);
        await next.ExpectAsync(expectedOp);
    }

    [Fact]
    public async Task FreshIdentifyAfterASession_StartsANewSequence_AndWaitsOutTheFiveSecondIdentifyLimit()
    {
        var connection = await _bed.Gateway.NextConnectionAsync();
        await connection.HelloAsync(45_000);
        await connection.ExpectAsync(2);
        var firstIdentify = DateTimeOffset.UtcNow;
        await connection.ReadyAsync(_bed.Gateway.Url, 41);

        await connection.CloseAsync(4009);
        var next = await _bed.Gateway.NextConnectionAsync();
        await next.HelloAsync(100);
        await next.ExpectAsync(2);
        var heartbeat = await next.ExpectAsync(1);

        Assert.Null(heartbeat["d"]);
        Assert.True(DateTimeOffset.UtcNow - firstIdentify >= TimeSpan.FromSeconds(4.9), "a second Identify inside 5 s is refused by Discord");
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCodes_StopTheWorkerWithAnAlert_InsteadOfARetryLoop(int code)
    {
        var connection = await ReadyAsync();

        await connection.CloseAsync(code);
        for (var i = 0; i < 500 && !Worker.StoppedForGood; i++)
        {
            await Task.Delay(20);
        }

        Assert.True(Worker.StoppedForGood);
        Assert.Contains(_bed.Logs.Entries, e => e.Event.Name == "DiscordFatal" && e.Level == LogLevel.Critical);
        await Task.Delay(500);
        Assert.Equal(1, _bed.Gateway.ConnectionCount);
    }

    [Fact]
    public async Task FatalCloseBeforeHello_AlsoStopsTheWorkerWithAnAlert()
    {
        var connection = await _bed.Gateway.NextConnectionAsync();

        await connection.CloseAsync(4004);
        for (var i = 0; i < 500 && !Worker.StoppedForGood; i++)
        {
            await Task.Delay(20);
        }

        Assert.True(Worker.StoppedForGood);
        Assert.Contains(_bed.Logs.Entries, e => e.Event.Name == "DiscordFatal" && e.Level == LogLevel.Critical);
    }

    private async Task<FakeGateway.Connection> ReadyAsync(int sequence = 1)
    {
        var connection = await _bed.Gateway.NextConnectionAsync();
        await connection.HelloAsync(45_000);
        await connection.ExpectAsync(2);
        await connection.ReadyAsync(_bed.Gateway.Url, sequence);
        return connection;
    }

    private async Task<JsonObject> ResumedAsync()
    {
        var next = await _bed.Gateway.NextConnectionAsync();
        await next.HelloAsync(45_000);
        return await next.ExpectAsync(6);
    }

    private static JsonNode Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "discord", name)))!;
}
