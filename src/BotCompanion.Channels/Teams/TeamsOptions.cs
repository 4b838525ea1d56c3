using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Channels.Teams;

public sealed class TeamsOptions : IValidatableObject
{
    public const string SectionName = "Channels:Teams";

    /// <summary>Serve POST /api/messages. Set Channels:Teams:Enabled.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The Azure Bot's Microsoft App ID. Empty = anonymous development mode, accepted from loopback callers only.
    /// Set Channels:Teams:AppId.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI, as registered in Azure. Set Channels:Teams:AppType.</summary>
    public TeamsAppType AppType { get; set; } = TeamsAppType.MultiTenant;

    /// <summary>Entra tenant of a single-tenant or managed-identity bot; empty for multi-tenant. Set Channels:Teams:TenantId.</summary>
    public string? TenantId { get; set; }

    /// <summary>A PKCS#12 (.pfx) certificate for outbound tokens, instead of a secret. Set Channels:Teams:CertificatePath.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>, if any. Set Channels:Teams:CertificatePassword.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Where the tenant's Entra signing keys are described, for Entra-issued tokens; empty = the public
    /// login.microsoftonline.com document of <see cref="TenantId"/>. Set Channels:Teams:EntraOpenIdMetadataUrl.
    /// </summary>
    public Uri? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>
    /// Hosts the connector token may be sent to besides the Bot Framework and Teams ones ("host" or "*.suffix").
    /// http is accepted only for loopback hosts. Set Channels:Teams:AllowedServiceUrlHosts.
    /// </summary>
    public IList<string> AllowedServiceUrlHosts { get; } = [];

    /// <summary>Where outbound tokens are requested; the tenant is appended. Set Channels:Teams:TokenAuthority only for sovereign clouds or tests.</summary>
    public Uri TokenAuthority { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Client secret for outbound tokens. Set Channels:Teams:ClientSecret (user-secrets or environment, never a file in git).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Where the Bot Framework signing keys are described. Override for tests or sovereign clouds.
    /// Set Channels:Teams:OpenIdMetadataUrl.
    /// </summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Issuer of Bot Framework channel tokens. Set Channels:Teams:TokenIssuer only for sovereign clouds or tests.</summary>
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Largest request body accepted on /api/messages, in bytes. Set Channels:Teams:MaxRequestBytes.</summary>
    [Range(4096, 16 * 1024 * 1024, ErrorMessage = "Channels:Teams:MaxRequestBytes must be between 4096 and 16777216.")]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Delay before the first retry of a failed connector call; doubles each time. Set Channels:Teams:RetryBaseDelay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Channels:Teams:RetryBaseDelay must be between 1 ms and 1 minute.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(0, 10, ErrorMessage = "Channels:Teams:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 4;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled || IsAnonymous)
        {
            yield break;
        }

        if (AppType != TeamsAppType.MultiTenant && string.IsNullOrWhiteSpace(TenantId))
        {
            yield return new ValidationResult(
                $"Channels:Teams:TenantId is required when Channels:Teams:AppType is {AppType}: set it to the Entra tenant id of the bot's app registration.",
                [nameof(TenantId)]);
        }

        if (AppType != TeamsAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(ClientSecret) && string.IsNullOrWhiteSpace(CertificatePath))
        {
            yield return new ValidationResult(
                "Channels:Teams:AppId is set but neither Channels:Teams:ClientSecret nor Channels:Teams:CertificatePath is: the bot could receive messages but never reply. " +
                "Set Channels:Teams:ClientSecret (e.g. BOTCOMPANION_Channels__Teams__ClientSecret), or clear AppId for anonymous loopback development.",
                [nameof(ClientSecret)]);
        }

        if (!string.IsNullOrWhiteSpace(CertificatePath) && !File.Exists(CertificatePath))
        {
            yield return new ValidationResult($"Channels:Teams:CertificatePath points to a file that does not exist: {CertificatePath}", [nameof(CertificatePath)]);
        }
    }
}
