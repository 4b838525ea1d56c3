using System.Net;

namespace BotCompanion.Web.Operations;

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
