namespace BotCompanion.Core.Turns;

/// <summary>Per-turn figures for traceability and evaluation: which pack answered, at what stage, at what cost.</summary>
public sealed record TurnMetrics(string Pack, string Mode, string Stage, int ModelCalls, int PromptTokens);
