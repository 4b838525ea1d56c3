namespace BotCompanion.Channels.Teams;

public sealed record CardAction(string Type, string Title, string Value);
