using System.Net;
using Microsoft.Extensions.Options;

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

/// <summary>Every proxy address and network must parse, or the host does not start.</summary>
internal sealed class ForwardedHeadersSettingsValidator : IValidateOptions<ForwardedHeadersSettings>
{
    public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                errors.Add($"ForwardedHeaders:KnownProxies:{i} ('{options.KnownProxies[i]}') is not an IP address.");
            }
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!System.Net.IPNetwork.TryParse(options.KnownNetworks[i], out _))
            {
                errors.Add($"ForwardedHeaders:KnownNetworks:{i} ('{options.KnownNetworks[i]}') is not a network in CIDR notation, e.g. 10.0.0.0/16.");
            }
        }

        if (options.ForwardLimit is < 1 or > 10)
        {
            errors.Add("ForwardedHeaders:ForwardLimit must be between 1 and 10.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
