namespace BotCompanion.Channels.Teams;

public sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
