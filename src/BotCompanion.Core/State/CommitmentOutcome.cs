namespace BotCompanion.Core.State;

public sealed record CommitmentOutcome(string Outcome, DateTimeOffset At);
