namespace BotCompanion.Core.Sharing;

/// <summary>A summary as the executive shared it: the coaching part only, never the conversation or mentor advice.</summary>
public sealed record SharedSummary(string SummaryId, DateTimeOffset SharedAt, DateTimeOffset SessionDate, string? Goal, IReadOnlyList<string> Insights, IReadOnlyList<string> Commitments, string Narrative);
