namespace BotCompanion.Web.Portal;

/// <summary>
/// Section "Portal:Oidc": single sign-on with Microsoft Entra ID (or any OpenID Connect provider). On when
/// Authority and ClientId are set; the signed-in email must belong to a coach created with <c>coach invite</c>.
/// </summary>
public sealed class PortalOidcOptions
{
    public const string SectionName = "Portal:Oidc";

    /// <summary>e.g. https://login.microsoftonline.com/{tenant-id}/v2.0. Set Portal:Oidc:Authority.</summary>
    public string? Authority { get; set; }

    /// <summary>The app registration's client id. Set Portal:Oidc:ClientId.</summary>
    public string? ClientId { get; set; }

    /// <summary>A secret (user-secrets or environment, never a file in git). Set Portal:Oidc:ClientSecret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Override of the metadata document, for tests and sovereign clouds. Set Portal:Oidc:MetadataAddress.</summary>
    public string? MetadataAddress { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
