using BotCompanion.Core.Conversations;

namespace BotCompanion.Channels.Turns;

public sealed record InboundTurn(IncomingMessage Message, IReplyChannel ReplyChannel);
