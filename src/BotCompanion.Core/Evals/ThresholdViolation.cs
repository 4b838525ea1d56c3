namespace BotCompanion.Core.Evals;

public sealed record ThresholdViolation(string Threshold, double Limit, double Actual, string Message);
