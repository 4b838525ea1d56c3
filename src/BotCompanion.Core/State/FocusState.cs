namespace BotCompanion.Core.State;

/// <summary>The coach's proposed focus as the executive holds it: offered, accepted or ended, on their side only.</summary>
public sealed class FocusState
{
    /// <summary>The focus the executive accepted, in the coach's words; null when there is none (never accepted, declined or ended).</summary>
    public string? Text { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The proposal waiting for "Accept / Decline".</summary>
    public string? OfferedId { get; set; }

    /// <summary>The latest proposal offered, so the same one is not offered again unasked (/focus shows it).</summary>
    public string? SeenId { get; set; }
}
