namespace BotCompanion.Core.Guard;

public sealed record GuardVerdict(bool IsAdvice, double Score);
