using System.Collections.Concurrent;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Where the connector token may go: a serviceUrl that arrived on an authenticated activity, or a host on the
/// Bot Framework / Teams allowlist (plus configured hosts). Anything else gets no token and no request, which
/// also keeps the bot from being used to call arbitrary hosts.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<TeamsOptions> options)
{
    private static readonly string[] DefaultHosts =
        ["*.botframework.com", "smba.trafficmanager.net", "*.teams.microsoft.com", "*.teams.microsoft.us", "*.botframework.azure.us", "*.botframework.azure.cn"];

    private readonly ConcurrentDictionary<string, byte> _learned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers a serviceUrl that came with a validated token.</summary>
    public void Learn(Uri serviceUrl) => _learned.TryAdd(Normalise(serviceUrl), 0);

    public bool IsTrusted(Uri serviceUrl)
    {
        var loopback = IsLoopback(serviceUrl);
        if (serviceUrl.Scheme != Uri.UriSchemeHttps && !(serviceUrl.Scheme == Uri.UriSchemeHttp && loopback))
        {
            return false;
        }

        if (options.Value.IsAnonymous)
        {
            // Development mode sends no token at all; loopback connectors (the Agents Playground) are the only peers.
            return loopback;
        }

        return _learned.ContainsKey(Normalise(serviceUrl))
            || (serviceUrl.Scheme == Uri.UriSchemeHttps && DefaultHosts.Any(h => Matches(h, serviceUrl.Host)))
            || options.Value.AllowedServiceUrlHosts.Any(h => Matches(h, serviceUrl.Host));
    }

    private static bool Matches(string pattern, string host) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string Normalise(Uri url) => url.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
