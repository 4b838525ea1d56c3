namespace BotCompanion.Core.Guard;

/// <summary>Whether a reply gives advice, its score (0–1) and the cue family or model behind the verdict.</summary>
public sealed record GuardVerdict(bool IsAdvice, double Score, string? Reason = null);
