namespace BotCompanion.Core.Guard;

public readonly record struct AdviceProbability(double Probability, bool IsAdvice);
