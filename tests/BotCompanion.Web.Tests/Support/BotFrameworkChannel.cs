using Microsoft.IdentityModel.Tokens;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// The Bot Framework side of a real deployment, for tests: an OpenID metadata stub whose keys are endorsed per
/// channel, a bot host configured with an app id against it (no anonymous mode, no loopback allowlist), and a
/// valid channel token minted for each activity: its serviceurl claim is the activity's serviceUrl and it is
/// signed with a key endorsed for the activity's channelId.
/// </summary>
internal sealed class BotFrameworkChannel : IAsyncDisposable
{
    public const string AppId = "5a1b2c3d-0000-4000-8000-00000000f1c5";
    public const string Issuer = "https://api.botframework.com";
    public const string OutboundToken = "outbound-token";

    private readonly Dictionary<string, RsaSecurityKey> _keys = new(StringComparer.Ordinal);

    private BotFrameworkChannel(OpenIdStub metadata) => Metadata = metadata;

    public OpenIdStub Metadata { get; }

    public static async Task<BotFrameworkChannel> StartAsync() => new(await OpenIdStub.StartAsync(Issuer));

    /// <summary>A multi-tenant bot with this app id, validating tokens against the stub, sending <see cref="OutboundToken"/>.</summary>
    public BotHost Host(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Channels:Teams:AppId"] = AppId,
            ["Channels:Teams:AppType"] = nameof(TeamsAppType.MultiTenant),
            ["Channels:Teams:ClientSecret"] = "unused-in-tests",
            ["Channels:Teams:OpenIdMetadataUrl"] = Metadata.MetadataUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return new BotHost(all, s =>
        {
            s.AddSingleton<IConnectorTokenProvider>(new FixedConnectorToken(OutboundToken));
            services?.Invoke(s);
        });
    }

    /// <summary>A valid channel token for <paramref name="activity"/>.</summary>
    public string TokenFor(JsonObject activity)
    {
        var serviceUrl = activity["serviceUrl"]?.GetValue<string>() ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));
        var channel = activity["channelId"]?.GetValue<string>() ?? throw new ArgumentException("The activity has no channelId.", nameof(activity));
        return OpenIdStub.Mint(KeyFor(channel), Issuer, AppId, new Dictionary<string, object> { ["serviceurl"] = serviceUrl });
    }

    /// <summary>POSTs <paramref name="activity"/> to /api/messages with a valid token for it.</summary>
    public async Task<HttpResponseMessage> PostAsync(BotHost host, JsonObject activity)
    {
        using var client = host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(activity) };
        request.Headers.Authorization = new("Bearer", TokenFor(activity));
        return await client.SendAsync(request);
    }

    public ValueTask DisposeAsync() => Metadata.DisposeAsync();

    /// <summary>One published key per channel, endorsed for that channel only.</summary>
    private RsaSecurityKey KeyFor(string channel)
    {
        lock (_keys)
        {
            if (!_keys.TryGetValue(channel, out var key))
            {
                key = OpenIdStub.NewKey($"bf-{channel}-{_keys.Count + 1}");
                Metadata.Publish(key, channel);
                _keys[channel] = key;
            }

            return key;
        }
    }
}
