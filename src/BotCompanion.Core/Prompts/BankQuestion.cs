namespace BotCompanion.Core.Prompts;

public sealed record BankQuestion(string Id, string Text);
