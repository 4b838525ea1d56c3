using BotCompanion.Core.Messages;

namespace BotCompanion.Channels.Turns;

public sealed record InboundTurn(IncomingMessage Message, IReplyChannel ReplyChannel);
