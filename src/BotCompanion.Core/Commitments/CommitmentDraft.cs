namespace BotCompanion.Core.Commitments;

/// <summary>A commitment as the executive worded it, before they confirm it.</summary>
public sealed record CommitmentDraft(string Action, DateTimeOffset? Due, bool HasTime, string? IfCue, string? ThenAction, string? Obstacle, string? ObstacleResponse);
