namespace BotCompanion.Core.Messages;

/// <summary>
/// Shows a reply while it is being written, where the channel can (Teams personal chats). Only mentor replies are
/// streamed: a coaching reply is judged whole by the directiveness guard before any of it may reach the person.
/// The complete reply still comes in the turn's result.
/// </summary>
public interface IReplyStream
{
    /// <summary>The reply so far, as it will read (labelled), not the latest piece.</summary>
    Task AppendAsync(string textSoFar, ReplyMode mode, CancellationToken cancellationToken);
}
