namespace BotCompanion.Channels.Turns;

public static class ReplyChannels
{
    private static readonly Func<int, Task> Nothing = _ => Task.CompletedTask;

    /// <summary>Sends every reply, with nobody to tell about the progress.</summary>
    public static Task SendAllAsync(this IReplyChannel channel, IReadOnlyList<OutgoingReply> replies, CancellationToken cancellationToken) =>
        channel.SendAsync(replies, 0, Nothing, cancellationToken);
}
