namespace BotCompanion.Core.Evals;

public sealed record TranscriptTurn(string User, IReadOnlyList<TranscriptReply> Replies, string Stage, int PromptTokens);
