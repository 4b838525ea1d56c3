namespace BotCompanion.Ai;

/// <summary>A reachability verdict with a human reason, free of secrets.</summary>
public sealed record ModelHealthReport(bool Reachable, string Description);
