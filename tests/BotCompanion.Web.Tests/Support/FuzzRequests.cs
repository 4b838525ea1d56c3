using CsCheck;
using NSec.Cryptography;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// Generated requests for every endpoint that takes input from outside: Bot Framework activities at /api/messages,
/// signed (and badly signed) Discord interactions, the web chat and the coach portal's forms. Each starts from a
/// well-formed request carrying a fresh marker and is then damaged by <see cref="FuzzJson"/>.
/// </summary>
public sealed class FuzzRequests(FuzzTargets targets)
{
    public const string Teams = "teams";
    public const string Discord = "discord";
    public const string WebChat = "webchat";
    public const string Portal = "portal";

    private static readonly string[] ActivityPaths =
    [
        "type", "id", "timestamp", "serviceUrl", "channelId", "from", "from.id", "from.name", "recipient", "recipient.id", "conversation",
        "conversation.id", "conversation.conversationType", "conversation.tenantId", "text", "locale", "localTimezone", "entities",
        "attachments", "channelData", "channelData.tenant.id", "value", "value.action", "value.action.data", "value.action.data.botcompanionSend",
        "value.action.data.botcompanionInput", "name", "deliveryMode", "membersAdded", "membersRemoved", "action", "replyToId", "textFormat",
    ];

    private static readonly string[] InteractionPaths =
    [
        "type", "id", "application_id", "token", "channel_id", "user", "user.id", "member", "member.user.id", "guild_id", "data", "data.name",
        "data.options", "data.custom_id", "data.components", "message", "message.id", "message.content", "version",
    ];

    private static readonly string[] WebChatPaths = ["conversationId", "text", "timeZone", "messageId"];

    private static readonly string[] Commands = ["reflect", "commitments", "help", "privacy", "forget", "share", "shared", "mentor", "coach", "done", "nudges", "coach-link", "unknown"];

    private static readonly Gen<string?> ContentTypes = Gen.Frequency(
        (8, Gen.Const<string?>("application/json")),
        (1, Gen.OneOf<string?>("text/plain", "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")),
        (1, Gen.Const((string?)null)));

    /// <summary>Unique in the process (an odd multiplier is a bijection on 64 bits), so each request's traces can be told apart.</summary>
    private static readonly Gen<string> Marker = Gen.Const(() => "fz" + ((ulong)Interlocked.Increment(ref _markers) * 0x9E3779B97F4A7C15UL).ToString("x16", System.Globalization.CultureInfo.InvariantCulture));

    private static long _markers = Random.Shared.NextInt64();

    private static readonly Gen<string> Words = Gen.Frequency(
        (3, Gen.OneOf("I want to delegate more", "I'll call Sam by Friday", "yes", "/forget", "/commitments", "done 1", "/help", "/mentor", "/done", "Confirm")),
        (2, FuzzJson.OddText));

    /// <summary>Every endpoint, in the proportions of bench/fuzz.sh.</summary>
    public Gen<FuzzRequest> Any(bool channelTokens = false) => Gen.Frequency(
        (4, Activity(channelTokens)), (3, Interaction()), (2, WebChatRequest()), (1, PortalRequest()));

    /// <summary>POST /api/messages; with <paramref name="channelToken"/> each one carries a valid-looking channel token.</summary>
    public Gen<FuzzRequest> Activity(bool channelToken = false) =>
        Gen.Select(Marker, ActivityKind(), Words, ContentTypes, Gen.Frequency((9, Gen.Const("")), (1, Gen.OneOf("Bearer", "Bearer garbage", "Basic YTpi", "Bearer eyJhbGciOiJub25lIn0.e30.")))).SelectMany((m, kind, text, contentType, authorization) =>
            FuzzJson.Document(() => ActivityTemplate(m, kind, text), ActivityPaths).Select(body => new FuzzRequest(Teams, HttpMethod.Post, "/api/messages", body, contentType, m)
            {
                ChannelToken = channelToken,
                Headers = authorization.Length > 0 && !channelToken ? [new("Authorization", authorization)] : [],
            }));

    /// <summary>POST /api/discord/interactions, signed with the host's key three times in four, otherwise badly.</summary>
    public Gen<FuzzRequest> Interaction() =>
        Gen.Select(Marker, Gen.Frequency((1, Gen.Const(1)), (4, Gen.Const(2)), (3, Gen.Const(3)), (2, Gen.Const(5)), (1, Gen.Int[-3, 12])), Gen.OneOf(Commands), Words).SelectMany((m, type, command, text) =>
            Gen.Select(FuzzJson.Document(() => InteractionTemplate(m, type, command, text), InteractionPaths), Gen.Frequency((9, Gen.Const("1767225600")), (1, Gen.OneOf("", "-1", "abc", "99999999999999999999999"))), Gen.Int[0, 9], (body, timestamp, signing) =>
                new FuzzRequest(Discord, HttpMethod.Post, "/api/discord/interactions", body, "application/json", m) { Headers = SignatureHeaders(body, timestamp, signing) }));

    /// <summary>POST /api/webchat/messages mostly; GET of the inbox and the page as well.</summary>
    public Gen<FuzzRequest> WebChatRequest() => Gen.Frequency(
        (8, Gen.Select(Marker, Words).SelectMany((m, text) => FuzzJson.Document(() => new JsonObject { ["conversationId"] = m, ["text"] = $"{text} {m}", ["timeZone"] = "Europe/London", ["messageId"] = "msg" + m }, WebChatPaths)
            .Select(body => new FuzzRequest(WebChat, HttpMethod.Post, "/api/webchat/messages", body, "application/json", m)))),
        (2, Gen.Select(Marker, FuzzJson.OddText, (m, id) => new FuzzRequest(WebChat, HttpMethod.Get, "/api/webchat/inbox/" + Segment(id, m), [], null, m))),
        (1, Marker.Select(m => new FuzzRequest(WebChat, HttpMethod.Get, "/chat?x=" + m, [], null, m))));

    /// <summary>The portal's forms (sign-in, notices, recording a session) with good, bad and missing antiforgery tokens.</summary>
    public Gen<FuzzRequest> PortalRequest() =>
        Gen.Select(Marker, Gen.Int[0, 3], FuzzJson.OddText, Gen.Frequency((6, Gen.Const(targets.FormToken ?? "")), (1, Gen.Const("")), (1, FuzzJson.OddText)), Gen.Int[0, 9]).SelectMany((m, form, value, token, shape) =>
        {
            var id = form == 2 && targets.ExecutiveId is { } executive && shape < 6 ? executive : Segment(value, m);
            var path = form switch
            {
                0 => "/coach/signin?token=" + Segment(value, m),
                1 => "/coach?handler=Notify",
                2 => $"/coach/executives/{id}?handler=Session",
                _ => $"/coach/executives/{id}?since={Segment(value, m)}",
            };
            var method = form == 3 ? HttpMethod.Get : HttpMethod.Post;
            return Gen.Select(FuzzJson.OddText, Gen.OneOf("2026-11-24", "0001-01-01", "9999-12-31", "2026-02-30", "24/11/2026", "", "tomorrow"), (field, date) =>
                new FuzzRequest(Portal, method, path, FormBody(shape, token, m, field, date), shape == 9 ? "application/json" : "application/x-www-form-urlencoded", m));
        });

    private static Gen<(string Type, string? Name)> ActivityKind() => Gen.Frequency(
        (10, Gen.Const(("message", (string?)null))),
        (2, Gen.OneOf(("conversationUpdate", (string?)null), ("installationUpdate", "add"), ("installationUpdate", "remove"), ("typing", null), ("event", null), ("messageReaction", null))),
        (3, Gen.OneOf(("invoke", (string?)"adaptiveCard/action"), ("invoke", "message/submitAction"), ("invoke", "composeExtension/query"), ("invoke", null))),
        (1, FuzzJson.OddText.Select(t => (t, (string?)null))));

    private JsonObject ActivityTemplate(string m, (string Type, string? Name) kind, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = kind.Type,
            ["id"] = "act-" + m,
            ["timestamp"] = "2026-11-24T09:00:00.000Z",
            ["serviceUrl"] = targets.ServiceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + m, ["name"] = "Person " + m, ["aadObjectId"] = m },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "BotCompanion" },
            ["conversation"] = new JsonObject { ["id"] = "a:" + m, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["text"] = $"{text} {m}",
            ["locale"] = "en-GB",
            ["localTimezone"] = "Europe/London",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        if (kind.Type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        }

        if (kind.Type == "installationUpdate")
        {
            activity["action"] = kind.Name;
        }

        if (kind.Type == "invoke")
        {
            activity["name"] = kind.Name;
            activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["botcompanionSend"] = text, ["botcompanionInput"] = "note", ["note"] = m } } };
        }

        return activity;
    }

    private static JsonObject InteractionTemplate(string m, int type, string command, string text)
    {
        var interaction = new JsonObject
        {
            ["id"] = "i" + m,
            ["application_id"] = "1288077469286531073",
            ["type"] = type,
            ["token"] = "t" + m,
            ["version"] = 1,
            ["context"] = 1,
            ["channel_id"] = "c" + m,
            ["user"] = new JsonObject { ["id"] = m, ["username"] = "name " + m },
        };
        interaction["data"] = type switch
        {
            2 => new JsonObject { ["id"] = "1", ["name"] = command, ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = "topic", ["type"] = 3, ["value"] = $"{text} {m}" }) },
            3 => new JsonObject { ["component_type"] = 2, ["custom_id"] = $"bc|{m}|{(text.Length % 2 == 0 ? "Done" : "Change it")}" },
            5 => new JsonObject { ["custom_id"] = "bc-edit|" + m, ["components"] = new JsonArray(new JsonObject { ["type"] = 18, ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = "commitment", ["value"] = $"{text} {m}" } }) },
            _ => new JsonObject(),
        };
        if (type == 3)
        {
            interaction["message"] = new JsonObject { ["id"] = "msg" + m, ["content"] = "How did it go?" };
        }

        return interaction;
    }

    /// <summary>0–6 a good signature; then missing, bad hex, the right length of random hex, a signature of other bytes.</summary>
    private KeyValuePair<string, string>[] SignatureHeaders(byte[] body, string timestamp, int signing)
    {
        var stamp = new KeyValuePair<string, string>("X-Signature-Timestamp", timestamp);
        return signing switch
        {
            <= 6 => [new("X-Signature-Ed25519", Sign(timestamp, body)), stamp],
            7 => [stamp],
            8 => [new("X-Signature-Ed25519", "zz" + new string('0', 126)), stamp],
            _ => [new("X-Signature-Ed25519", Sign(timestamp + "0", body)), stamp],
        };
    }

    private string Sign(string timestamp, byte[] body)
    {
        var algorithm = SignatureAlgorithm.Ed25519;
        using var key = Key.Import(algorithm, Convert.FromHexString(targets.DiscordSecretKeyHex), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexString(algorithm.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body])).ToLowerInvariant();
    }

    private static byte[] FormBody(int shape, string token, string m, string field, string date)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (shape != 0)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        fields.Add(new("token", $"{field}{m}"));
        fields.Add(new("heldOn", date));
        fields.Add(new(shape == 1 ? field : "note", m));
        if (shape == 2)
        {
            fields.AddRange(Enumerable.Range(0, 3_000).Select(i => new KeyValuePair<string, string>("f" + i, m)));
        }

        var encoded = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(Ascii(f.Key))}={Uri.EscapeDataString(Ascii(f.Value))}"));
        return shape switch
        {
            3 => Encoding.UTF8.GetBytes(encoded)[..(encoded.Length / 2)],
            4 => Encoding.UTF8.GetBytes(encoded.Replace("=", "", StringComparison.Ordinal)),
            9 => Encoding.UTF8.GetBytes(new JsonObject { ["token"] = m, ["heldOn"] = date }.ToJsonString()),
            _ => Encoding.UTF8.GetBytes(encoded),
        };
    }

    /// <summary>A path or query segment from odd text (at most 2,000 characters), escaped; the marker when it cannot be.</summary>
    private static string Segment(string text, string m)
    {
        var cut = text.Length > 2_000 ? text[..2_000] : text;
        return cut.Length == 0 ? m : Uri.EscapeDataString(Ascii(cut));
    }

    /// <summary>Lone surrogates cannot be percent-encoded as UTF-8; they become U+FFFD, as a browser would send them.</summary>
    private static string Ascii(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
