namespace BotCompanion.Core.Commitments;

/// <summary>A date expression found in text, resolved in the person's time zone, and where it sat in the text.</summary>
public sealed record DueDateMatch(DateTimeOffset Due, bool HasTime, int Start, int Length);
