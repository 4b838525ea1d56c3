namespace BotCompanion.Core.Ai;

public sealed record SummaryParts(string? Goal, IReadOnlyList<string> Insights, IReadOnlyList<string> Commitments);
