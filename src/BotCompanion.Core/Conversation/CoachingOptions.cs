using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Core.Conversation;

public sealed class CoachingOptions
{
    public const string SectionName = "Coaching";

    /// <summary>A session with no message for this long is closed with a summary. Set Coaching:SessionIdleTimeout.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Coaching:SessionIdleTimeout must be between 5 minutes and 30 days, e.g. \"02:00:00\".")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Longest message taken in; longer ones get a polite request to shorten. Set Coaching:MaxMessageChars.</summary>
    [Range(200, 100_000, ErrorMessage = "Coaching:MaxMessageChars must be between 200 and 100000.")]
    public int MaxMessageChars { get; set; } = 4000;

    /// <summary>Coaching turns kept verbatim in the prompt; older ones live on in the rolling summary. Set Coaching:RecentTurns.</summary>
    [Range(2, 40, ErrorMessage = "Coaching:RecentTurns must be between 2 and 40.")]
    public int RecentTurns { get; set; } = 6;

    /// <summary>Key sentences kept in the rolling session summary. Set Coaching:MaxInsights.</summary>
    [Range(1, 50, ErrorMessage = "Coaching:MaxInsights must be between 1 and 50.")]
    public int MaxInsights { get; set; } = 6;

    /// <summary>IANA time zone used for dates until the channel or the person gives one. Set Coaching:DefaultTimeZone.</summary>
    [Required(ErrorMessage = "Coaching:DefaultTimeZone must be an IANA time zone id, e.g. \"Europe/London\".")]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Deployment-specific safety reply (local crisis lines). Empty = the pack's safety.md. Set Coaching:SafetyReply.</summary>
    public string? SafetyReply { get; set; }
}
