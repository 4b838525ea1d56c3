using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Channels.Discord;

/// <summary>Section "Channels:Discord". The Gateway runs when a bot token is set; interactions when a public key is.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Channels:Discord";

    /// <summary>The bot token (a secret: user-secrets or BOTCOMPANION_Channels__Discord__BotToken). Set Channels:Discord:BotToken.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application's public key (64 hex characters) for signed interactions. Set Channels:Discord:PublicKey.</summary>
    public string? PublicKey { get; set; }

    /// <summary>The application id, for interaction follow-ups and command registration. Set Channels:Discord:ApplicationId.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>REST base address; override for tests. Set Channels:Discord:ApiBaseUrl.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Gateway address; empty = ask GET /gateway/bot. Set Channels:Discord:GatewayUrl.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>How long an interaction may take before it is deferred (Discord allows 3 s). Set Channels:Discord:DeferAfter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500", ErrorMessage = "Channels:Discord:DeferAfter must be between 0 and 2.5 seconds (Discord's limit is 3 s).")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>401/403/429 answers per 10 minutes after which REST calls stop (Discord bans at 10,000). Set Channels:Discord:InvalidRequestBudget.</summary>
    [Range(10, 9_000, ErrorMessage = "Channels:Discord:InvalidRequestBudget must be between 10 and 9000.")]
    public int InvalidRequestBudget { get; set; } = 5_000;

    public bool GatewayEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool InteractionsEnabled => !string.IsNullOrWhiteSpace(PublicKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InteractionsEnabled && (PublicKey!.Length != 64 || !PublicKey.All(char.IsAsciiHexDigit)))
        {
            yield return new ValidationResult("Channels:Discord:PublicKey must be the application's public key: 64 hexadecimal characters (Developer Portal → General Information).", [nameof(PublicKey)]);
        }

        if (InteractionsEnabled && string.IsNullOrWhiteSpace(ApplicationId))
        {
            yield return new ValidationResult("Channels:Discord:ApplicationId is required with Channels:Discord:PublicKey: follow-up messages are addressed by application id.", [nameof(ApplicationId)]);
        }
    }
}
