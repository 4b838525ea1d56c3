namespace BotCompanion.Channels.Turns;

/// <summary>Rebuilds a channel's <see cref="IReplyChannel"/> from the address it gave, for a journaled turn run after a restart.</summary>
public interface IReplyChannelRestorer
{
    /// <summary>The <see cref="ReplyAddress.Kind"/> this restorer reads.</summary>
    string Kind { get; }

    IReplyChannel Restore(string json);
}
