using System.Collections.Concurrent;
using BotCompanion.Core.Nudges;

namespace BotCompanion.Core.Tests.Support;

/// <summary>A proactive channel that records what it was asked to send; can be told to fail.</summary>
internal sealed class RecordingSender : IProactiveSender
{
    public IReadOnlyCollection<string> Channels { get; } = ["test"];

    public ConcurrentQueue<(ConversationKey Conversation, IReadOnlyList<OutgoingReply> Replies, string DeliveryId, DateTimeOffset At)> Sent { get; } = new();

    public Func<Exception?> Failure { get; set; } = () => null;

    public TimeProvider? Clock { get; set; }

    public Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
    {
        if (Failure() is { } failure)
        {
            throw failure;
        }

        Sent.Enqueue((conversation, replies, deliveryId, Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }
}
