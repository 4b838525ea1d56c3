using BotCompanion.Core.Messages;

namespace BotCompanion.Core.State;

/// <summary>A handled message's id and the replies it got.</summary>
public sealed record AnsweredMessage(string MessageId, List<OutgoingReply> Replies);
