using NSec.Cryptography;

namespace BotCompanion.Web.Tests.Channels.Discord;

/// <summary>
/// POST /api/discord/interactions signed with the RFC 8032 TEST 1 key over the exact bytes of fixture files, every
/// way of tampering with them, and what slash commands, button clicks and the edit modal do.
/// </summary>
public sealed class InteractionTests : IAsyncLifetime
{
    private const string Owner = "551316514406531079";
    private const string Channel = "1327200259276931075";
    private static readonly JsonElement Vectors = JsonDocument.Parse(File.ReadAllText(Fixture("ed25519_rfc8032_vectors.json"))).RootElement.GetProperty("vectors");
    private DiscordRestStub _rest = null!;
    private FakeGateway _gateway = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await DiscordRestStub.StartAsync();
        _gateway = await FakeGateway.StartAsync();
        _rest.GatewayUrl = _gateway.Url;
        _host = Host(deferAfter: "00:00:02");
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task SignedPing_GetsPong()
    {
        using var response = await PostAsync(File.ReadAllBytes(Fixture("ping_request.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task SignatureOverANonAsciiBody_IsCheckedOnItsExactUtf8Bytes()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":1,\"id\":\"1\",\"application_id\":\"1288077469286531073\",\"note\":\"Café – déjà vu ✓\"}");

        using var valid = await PostAsync(body);
        var reencoded = Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(body).Replace("✓", "?", StringComparison.Ordinal));
        using var altered = await PostAsync(reencoded, Sign("1767225600", body, vector: 0));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, altered.StatusCode);
    }

    public static TheoryData<string> Tampering => ["missing signature", "missing timestamp", "bad hex", "short signature", "wrong key", "altered body", "altered timestamp", "re-serialized body"];

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task TamperedRequest_Gets401_BeforeTheBodyIsParsed(string tampering)
    {
        var body = File.ReadAllBytes(Fixture("ping_request.json"));
        var timestamp = "1767225600";
        var signature = Sign(timestamp, body, vector: 0);
        switch (tampering)
        {
            case "missing signature": signature = null; break;
            case "missing timestamp": timestamp = null; break;
            case "bad hex": signature = "zz" + signature![2..]; break;
            case "short signature": signature = signature![..126]; break;
            case "wrong key": signature = Sign(timestamp, body, vector: 1); break;
            case "altered body": body = [.. body.Take(body.Length - 2), (byte)' ', (byte)'}']; break;
            case "altered timestamp": timestamp = "1767225601"; break;
            default: body = Encoding.UTF8.GetBytes(JsonNode.Parse(body)!.ToJsonString()); break;
        }

        using var response = await PostAsync(body, signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string> WrongShapes =>
    [
        "[1]",
        "null",
        "{\"type\":1.5}",
        "{\"type\":\"2\",\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"data\":{\"name\":\"help\"},\"token\":\"t\"}",
        "{\"type\":2,\"channel_id\":5,\"user\":{\"id\":\"1\"},\"data\":{\"name\":\"help\"},\"token\":\"t\"}",
        "{\"type\":2,\"channel_id\":\"c\",\"user\":{\"id\":[\"1\"]},\"data\":{\"name\":\"help\"},\"token\":\"t\"}",
        "{\"type\":2,\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"data\":[],\"token\":\"t\"}",
        "{\"type\":2,\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"data\":{\"name\":\"help\",\"options\":[1]},\"token\":\"t\"}",
        "{\"type\":2,\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"data\":{\"name\":\"help\"},\"token\":false}",
        "{\"type\":3,\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"token\":\"t\"}",
        "{\"type\":3,\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"data\":{\"custom_id\":\"bc|1|Done\"},\"message\":\"m\",\"token\":\"t\"}",
        "{\"type\":2,\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"data\":{\"name\":\"\\ud800\"},\"token\":\"t\"}",
    ];

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public async Task SignedInteractionOfTheWrongShape_Gets400_NotA500(string body)
    {
        using var response = await PostAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignedInteractionWithBytesThatAreNotUtf8_Gets400_NotA500()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":2,\"channel_id\":\"c\",\"user\":{\"id\":\"1\"},\"data\":{\"name\":\"XX\"},\"token\":\"t\"}");
        var at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xC3;
        body[at + 1] = 0x28;

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task NonJsonBodyWithAValidSignature_Gets400()
    {
        using var response = await PostAsync("not json"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SlashReflect_FromTheFixture_IsAnsweredWithinTheBudget_AsACoachingMessage()
    {
        using var response = await PostAsync(File.ReadAllBytes(Fixture("http_interaction_slash_reflect_bot_dm.json")));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Contains("AI coaching companion", body.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        var followUp = await _rest.NextAsync("POST", "/webhooks/1288077469286531073/");
        Assert.EndsWith("?", followUp.Body.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutABotToken_InteractionsStillWork_AndNoWebhookCallCarriesABotToken()
    {
        using var interactionsOnly = Host(deferAfter: "00:00:02", botToken: null);

        using var response = await PostAsync(File.ReadAllBytes(Fixture("http_interaction_slash_reflect_bot_dm.json")), host: interactionsOnly);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var followUp = await _rest.NextAsync("POST", "/webhooks/1288077469286531073/");
        Assert.EndsWith("?", followUp.Body.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(followUp.Authorization));
    }

    [Fact]
    public async Task SlashCommandFromASpanishLocale_IsAnsweredInSpanish_AndAnEnglishLocaleInEnglish()
    {
        var spanish = DiscordInteraction.Of(2, Channel, Owner, "dana.exec", new JsonObject { ["id"] = "1", ["name"] = "help", ["type"] = 1 });
        spanish["locale"] = "es-ES";
        var english = DiscordInteraction.Of(2, Channel, Owner, "dana.exec", new JsonObject { ["id"] = "2", ["name"] = "help", ["type"] = 1 });
        english["locale"] = "en-GB";

        using var inSpanish = await PostAsync(Encoding.UTF8.GetBytes(spanish.ToJsonString()));
        using var inEnglish = await PostAsync(Encoding.UTF8.GetBytes(english.ToJsonString()));

        Assert.Contains("Comandos:", (await inSpanish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("Commands:", (await inEnglish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommandWithOptions_IsTheSameAsTypingItWithItsValues()
    {
        var link = Interaction(2, Owner, new JsonObject
        {
            ["id"] = "1",
            ["name"] = "coach-link",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "code", ["type"] = 3, ["value"] = "NOSUCHCODE" }),
        });

        using var response = await PostAsync(link);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("don't recognise that invite code", body.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowAnswer_IsDeferred_ThenTheOriginalResponseIsEdited()
    {
        using var slow = Host(deferAfter: "00:00:00");

        using var response = await PostAsync(Command("commitments"), host: slow);

        Assert.Equal(5, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetInt32());
        var edit = await _rest.NextAsync("PATCH", "/messages/@original");
        Assert.False(string.IsNullOrEmpty(edit.Body.GetProperty("content").GetString()));
    }

    [Fact]
    public async Task ButtonClick_ByItsOwner_UpdatesTheMessageOnce_AndTheAnswerFollows()
    {
        var click = Click(Owner, "bc|" + Owner + "|/commitments", messageId: "msg-1");

        using var first = await PostAsync(click);
        using var second = await PostAsync(Click(Owner, "bc|" + Owner + "|/commitments", messageId: "msg-1"));

        var update = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(7, update.GetProperty("type").GetInt32());
        Assert.Empty(update.GetProperty("data").GetProperty("components").EnumerateArray());
        Assert.Equal(6, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetInt32());
        await _rest.NextAsync("POST", "/webhooks/1288077469286531073/");
    }

    [Fact]
    public async Task ButtonClick_BySomeoneElse_IsRefusedPrivately()
    {
        using var response = await PostAsync(Click("999999999999999999", "bc|" + Owner + "|Done", messageId: "msg-2"));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task ChangeIt_OpensTheEditModal_AndItsSubmissionIsTheNewCommitment()
    {
        using var modal = await PostAsync(Click(Owner, "bc|" + Owner + "|Change it", messageId: "msg-3"));
        var form = await modal.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(9, form.GetProperty("type").GetInt32());
        var customId = form.GetProperty("data").GetProperty("custom_id").GetString()!;

        var submit = Interaction(5, Owner, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject { ["type"] = 18, ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = "commitment", ["value"] = "I'll call the CFO by Friday" } }),
        });
        using var response = await PostAsync(submit);

        var said = new List<string> { (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("content").GetString()! };
        while (!said.Any(s => s.Contains("call the CFO", StringComparison.Ordinal)))
        {
            said.Add((await _rest.NextAsync("POST", "/webhooks/1288077469286531073/")).Body.GetProperty("content").GetString()!);
        }

        Assert.Contains(said, s => s.StartsWith("To check:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandInAServer_IsRedirectedToDirectMessages()
    {
        var guild = JsonNode.Parse(Command("reflect"))!.AsObject();
        guild["guild_id"] = "1290644383334531072";

        using var response = await PostAsync(Encoding.UTF8.GetBytes(guild.ToJsonString()));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("direct messages", body.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private BotHost Host(string deferAfter, string? botToken = "test-bot-token") => new(new()
    {
        ["Channels:Discord:BotToken"] = botToken,
        ["Channels:Discord:PublicKey"] = Vectors[0].GetProperty("public_key").GetString(),
        ["Channels:Discord:ApplicationId"] = "1288077469286531073",
        ["Channels:Discord:ApiBaseUrl"] = _rest.ApiBaseUrl.ToString(),
        ["Channels:Discord:DeferAfter"] = deferAfter,
    });

    private static byte[] Command(string name) => Interaction(2, Owner, new JsonObject { ["id"] = "1", ["name"] = name, ["type"] = 1 });

    private static byte[] Click(string user, string customId, string messageId)
    {
        var click = JsonNode.Parse(Interaction(3, user, new JsonObject { ["component_type"] = 2, ["custom_id"] = customId }))!.AsObject();
        click["message"] = new JsonObject { ["id"] = messageId, ["content"] = "How did it go?" };
        return Encoding.UTF8.GetBytes(click.ToJsonString());
    }

    private static byte[] Interaction(int type, string user, JsonObject data) =>
        Encoding.UTF8.GetBytes(DiscordInteraction.Of(type, Channel, user, "dana.exec", data).ToJsonString());

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature = "sign", string? timestamp = "1767225600", BotHost? host = null)
    {
        using var client = (host ?? _host).NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature == "sign" ? Sign(timestamp!, body, vector: 0) : signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await client.SendAsync(request);
    }

    private static string Sign(string timestamp, byte[] body, int vector)
    {
        var algorithm = SignatureAlgorithm.Ed25519;
        using var key = Key.Import(algorithm, Convert.FromHexString(Vectors[vector].GetProperty("secret_key").GetString()!), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexString(algorithm.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body])).ToLowerInvariant();
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "discord", name);
}
