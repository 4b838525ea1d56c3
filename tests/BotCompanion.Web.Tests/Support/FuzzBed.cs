using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CsCheck;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// The hosts the fuzz tests aim at, started once: one in development mode (anonymous loopback Teams, the web chat,
/// signed Discord interactions, the portal with a signed-in coach) and one with a Bot Framework app id, whose
/// activities carry channel tokens from a local OpenID stub. Rate limits are off so every request reaches its endpoint.
/// </summary>
public sealed partial class FuzzBed : IAsyncLifetime
{
    public const string DiscordSecretKey = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string DiscordPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static readonly Dictionary<string, string?> Common = new() { ["RateLimits:Enabled"] = "false" };
    private readonly PortalBrowser _browser = new();

    public ConnectorStub Connector { get; private set; } = null!;

    public DiscordRestStub Discord { get; private set; } = null!;

    internal BotFrameworkChannel Channel { get; private set; } = null!;

    /// <summary>Development mode: every endpoint, the coach signed in on <see cref="Client"/>.</summary>
    public BotHost Host { get; private set; } = null!;

    /// <summary>A Teams host with an app id: activities need a channel token.</summary>
    public BotHost TokenHost { get; private set; } = null!;

    /// <summary>Carries the signed-in coach's cookies (and the antiforgery cookie) for every request to <see cref="Host"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    public FuzzRequests Requests { get; private set; } = null!;

    /// <summary>What both hosts logged with an exception.</summary>
    public RecordingLoggerProvider Logged { get; } = new(LogLevel.Warning);

    public async Task InitializeAsync()
    {
        Connector = await ConnectorStub.StartAsync();
        Discord = await DiscordRestStub.StartAsync();
        Channel = await BotFrameworkChannel.StartAsync();
        Host = new BotHost(
            new(Common)
            {
                ["Channels:Discord:PublicKey"] = DiscordPublicKey,
                ["Channels:Discord:ApplicationId"] = "1288077469286531073",
                ["Channels:Discord:ApiBaseUrl"] = Discord.ApiBaseUrl.ToString(),
            },
            services => services.AddSingleton<ILoggerProvider>(Logged));
        TokenHost = Channel.Host(new(Common), services => services.AddSingleton<ILoggerProvider>(Logged));
        var coaches = Host.Services.GetRequiredService<ICoachDirectory>();
        var coach = await coaches.CreateCoachAsync("fuzz-coach@coaching.example", "Sam", default);
        await coaches.LinkAsync(coach.Id, new LinkedExecutive("exec-fuzz", "Fuzz", DateTimeOffset.UtcNow), default);
        await _browser.SignInAsync(Host.BaseAddress, await coaches.IssueSignInTokenAsync(coach.Id, TimeSpan.FromHours(1), default));
        var formToken = await _browser.FormTokenAsync(Host.BaseAddress, "coach");
        Client = new HttpClient(new HttpClientHandler { CookieContainer = _browser.Cookies, AllowAutoRedirect = false }) { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Requests = new FuzzRequests(new FuzzTargets(Connector.ServiceUrl, DiscordSecretKey, formToken, "exec-fuzz"));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        _browser.Dispose();
        await TokenHost.DisposeAsync();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Discord.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>
    /// Sends <paramref name="count"/> requests of <paramref name="gen"/> from <paramref name="seed"/> and returns every
    /// broken property: an answer that is a 5xx, no answer at all, and, for requests answered 4xx, anything stored
    /// that carries their marker.
    /// </summary>
    public async Task<IReadOnlyList<string>> FuzzAsync(BotHost host, Gen<FuzzRequest> gen, ulong seed, int count)
    {
        var failures = new ConcurrentQueue<string>();
        var rejected = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var client = host == Host ? null : new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await FuzzRun.SendAllAsync(FuzzRun.Requests(gen, seed, count), 4, async (request, ct) =>
        {
            using var message = request.ToHttpRequest(TokenFor);
            try
            {
                using var response = await (client ?? Client).SendAsync(message, ct);
                var status = (int)response.StatusCode;
                if (!request.Allows(status))
                {
                    failures.Enqueue($"{status} {await response.Content.ReadAsStringAsync(ct)} for {request}");
                }
                else if (status is >= 400 and < 500)
                {
                    rejected[request.Marker] = status;
                }
            }
            catch (HttpRequestException ex)
            {
                failures.Enqueue($"no answer ({ex.Message}) for {request}");
            }
        });

        foreach (var (key, marker) in await StoredMarkersAsync(host))
        {
            if (rejected.TryGetValue(marker, out var status))
            {
                failures.Enqueue($"'{key}' holds data of a request answered {status} ({marker})");
            }
        }

        return failures.IsEmpty ? [] : [.. failures, .. Logged.DistinctExceptions().Select(e => "host logged " + e)];
    }

    /// <summary>The host answers /healthz and /readyz with 200 and still handles a well-formed message.</summary>
    public async Task AssertStillServingAsync(BotHost host)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var activity = Activities.Message(Connector.ServiceUrl, "still there?", conversationId: "a:after-fuzz");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(activity) };
        if (host == TokenHost)
        {
            request.Headers.Authorization = new("Bearer", Channel.TokenFor(activity));
        }

        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(request)).StatusCode);
    }

    /// <summary>Every (key, marker) pair in the host's state store: a marker in the key or anywhere in its document.</summary>
    private static async Task<List<(string Key, string Marker)>> StoredMarkersAsync(BotHost host)
    {
        var store = host.Services.GetRequiredService<IStateStore>();
        var found = new List<(string, string)>();
        await foreach (var key in store.ListKeysAsync("", default))
        {
            var text = key + " " + ((await store.GetAsync(key, default))?.Json ?? "");
            found.AddRange(MarkerPattern().Matches(text).Select(m => (key, m.Value)).Distinct());
        }

        return found;
    }

    /// <summary>A channel token for the activity's serviceUrl and channel when it names them, else for the connector stub on msteams.</summary>
    private string TokenFor(FuzzRequest request)
    {
        var activity = new JsonObject { ["serviceUrl"] = Connector.ServiceUrl.ToString(), ["channelId"] = "msteams" };
        try
        {
            if (JsonNode.Parse(request.Body) is JsonObject parsed && parsed["serviceUrl"] is JsonValue url && url.TryGetValue<string>(out var serviceUrl))
            {
                activity["serviceUrl"] = serviceUrl;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON: the token is for the stub, as a channel's would be.
        }

        return Channel.TokenFor(activity);
    }

    [GeneratedRegex("fz[0-9a-f]{16}")]
    private static partial Regex MarkerPattern();
}
