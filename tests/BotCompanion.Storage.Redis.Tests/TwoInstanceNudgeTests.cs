using System.Collections.Concurrent;
using System.Text.Json;
using BotCompanion.Core.Coaching.State;
using BotCompanion.Core.Conversations;
using BotCompanion.Core.Nudges;
using BotCompanion.Core.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Storage.Redis.Tests;

/// <summary>Two instances sharing one real Redis deliver 1,000 due nudges: each exactly once, even when one stops mid-run.</summary>
public class TwoInstanceNudgeTests
{
    private const int Nudges = 1000;

    [Fact]
    public async Task TwoSchedulers_OneStoppedMidRun_DeliverEveryNudgeExactlyOnce()
    {
        var prefix = "two" + Guid.NewGuid().ToString("N")[..10];
        var sender = new CountingSender();
        await using var a = new NudgeInstance(prefix, sender);
        await using var b = new NudgeInstance(prefix, sender);
        await SeedAsync(a.Services, Nudges);

        await a.Scheduler.StartAsync(CancellationToken.None);
        await b.Scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => sender.Unique >= Nudges / 3, TimeSpan.FromSeconds(60));
        await a.Scheduler.StopAsync(CancellationToken.None);
        var deliveredWhenAStopped = sender.Unique;
        await WaitUntilAsync(() => sender.Unique >= Nudges, TimeSpan.FromSeconds(120));
        await b.Scheduler.StopAsync(CancellationToken.None);

        Assert.True(deliveredWhenAStopped < Nudges, "instance A should stop while nudges were still due");
        Assert.Equal(Nudges, sender.Unique);
        Assert.Equal(0, sender.Duplicates);
        Assert.Empty(await a.Services.GetRequiredService<INudgeQueue>().ClaimDueAsync(DateTimeOffset.UtcNow.AddYears(1), 10, TimeSpan.FromSeconds(1), default));
    }

    /// <summary>Conversations that agreed to check-ins, each with one commitment due now, and its nudge queued.</summary>
    internal static async Task SeedAsync(IServiceProvider services, int count)
    {
        var store = services.GetRequiredService<IStateStore>();
        var queue = services.GetRequiredService<INudgeQueue>();
        var due = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 0; i < count; i++)
        {
            var conversation = new ConversationKey("test", $"exec-{i}");
            var commitment = new Commitment { Action = $"call stakeholder {i}", Due = due, CreatedAt = due };
            var state = new ConversationState { TimeZone = "UTC" };
            state.Coaching.Commitments.Add(commitment);
            state.Coaching.Nudges.Consented = true;
            state.Coaching.Nudges.QuietStart = new TimeOnly(0, 0);
            state.Coaching.Nudges.QuietEnd = new TimeOnly(0, 0);
            await store.TrySaveAsync(StateKeys.Conversation(conversation), JsonSerializer.Serialize(state, StateJson.Options), 0, default);
            await queue.ScheduleAsync(Nudge.ForCommitment(conversation, "u" + i, commitment.Id, due), default);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The schedulers did not deliver in time.");
            }

            await Task.Delay(20);
        }
    }

    internal sealed class CountingSender : IProactiveSender
    {
        private readonly ConcurrentDictionary<string, int> _deliveries = new(StringComparer.Ordinal);

        public IReadOnlyCollection<string> Channels { get; } = ["test"];

        public int Unique => _deliveries.Count;

        public int Duplicates => _deliveries.Values.Sum() - _deliveries.Count;

        public Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
        {
            _deliveries.AddOrUpdate(deliveryId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
