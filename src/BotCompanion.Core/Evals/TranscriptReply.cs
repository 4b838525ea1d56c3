using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Evals;

public sealed record TranscriptReply(string Text, ReplyMode Mode);
