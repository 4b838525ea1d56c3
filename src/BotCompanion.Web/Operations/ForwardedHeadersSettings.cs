namespace BotCompanion.Web.Operations;

/// <summary>
/// Section "ForwardedHeaders": which proxies may tell the host the original scheme, host and client address
/// (X-Forwarded-Proto, -Host, -For). Behind a TLS-terminating ingress this is what makes the portal build https://
/// redirect URIs. Loopback is trusted unless switched off; nobody else is unless listed.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Honour X-Forwarded-* at all. Set ForwardedHeaders:Enabled.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IP addresses of trusted proxies, e.g. "10.0.0.4". Set ForwardedHeaders:KnownProxies.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Trusted proxy networks in CIDR notation, e.g. "10.0.0.0/16". Set ForwardedHeaders:KnownNetworks.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Trust a proxy on this machine (a sidecar) as well. Set ForwardedHeaders:TrustLoopback.</summary>
    public bool TrustLoopback { get; set; } = true;

    /// <summary>How many proxies in a row are unwrapped (1 = only the nearest). Set ForwardedHeaders:ForwardLimit.</summary>
    public int ForwardLimit { get; set; } = 1;
}
