namespace BotCompanion.Channels.Teams;

public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions);
