using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace BotCompanion.Storage.Redis.Tests;

/// <summary>
/// Two instances sharing one real Redis deliver 1,000 due nudges: each exactly once, whether one stops mid-run or
/// dies mid-run. Each test writes its delivery figures to the test output.
/// </summary>
public class TwoInstanceNudgeTests(ITestOutputHelper output)
{
    private const int Nudges = 1000;

    /// <summary>Short, so the nudges a dead instance held come back within the test; far longer than a batch takes.</summary>
    private static readonly TimeSpan ShortLease = TimeSpan.FromSeconds(3);

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
        await WaitUntilAsync(() => sender.Unique >= Nudges / 3, TimeSpan.FromSeconds(60), sender);
        await a.Scheduler.StopAsync(CancellationToken.None);
        var deliveredWhenAStopped = sender.Unique;
        await WaitUntilAsync(() => sender.Unique >= Nudges, TimeSpan.FromSeconds(120), sender);
        await b.Scheduler.StopAsync(CancellationToken.None);
        Report(sender);

        Assert.True(deliveredWhenAStopped < Nudges, "instance A should stop while nudges were still due");
        Assert.Equal(Nudges, sender.Unique);
        Assert.Equal(0, sender.Duplicates);
        Assert.Empty(await a.Services.GetRequiredService<INudgeQueue>().ClaimDueAsync(DateTimeOffset.UtcNow.AddYears(1), 10, TimeSpan.FromSeconds(1), default));
    }

    [Fact]
    public async Task TwoSchedulers_OneDiesHoldingClaims_TheOtherDeliversThemOnceWhenTheirLeaseExpires()
    {
        var prefix = "die" + Guid.NewGuid().ToString("N")[..10];
        var sender = new CountingSender();
        using var dying = new DyingSender(sender, dieAtSend: 90);
        await using var a = new NudgeInstance(prefix, dying, ShortLease);
        await using var b = new NudgeInstance(prefix, sender, ShortLease);
        await SeedAsync(a.Services, Nudges);

        await a.Scheduler.StartAsync(CancellationToken.None);
        await b.Scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => dying.Dead, TimeSpan.FromSeconds(30), sender);
        var deliveredWhenADied = sender.Unique;

        // A is never stopped: what it claimed is neither finished nor given back, so only lease expiry frees it.
        await WaitUntilAsync(() => sender.Unique >= Nudges, TimeSpan.FromSeconds(30), sender);
        await b.Scheduler.StopAsync(CancellationToken.None);
        Report(sender);
        output.WriteLine($"instance A died mid-delivery of {dying.Held.Count} nudges after {deliveredWhenADied} were delivered; lease {ShortLease.TotalSeconds:0} s");

        Assert.True(deliveredWhenADied < Nudges, "instance A should die while nudges were still due");
        Assert.NotEmpty(dying.Held);
        Assert.All(dying.Held, id => Assert.Equal(1, sender.DeliveriesOf(id)));
        Assert.Equal(Nudges, sender.Unique);
        Assert.Equal(0, sender.Duplicates);
        Assert.Empty(await b.Services.GetRequiredService<INudgeQueue>().ClaimDueAsync(DateTimeOffset.UtcNow.AddYears(1), 10, TimeSpan.FromSeconds(1), default));
    }

    private void Report(CountingSender sender) => output.WriteLine(sender.Figures);

    /// <summary>Conversations that agreed to check-ins, each with one commitment due now, and its nudge queued.</summary>
    internal static Task SeedAsync(IServiceProvider services, int count)
    {
        var due = DateTimeOffset.UtcNow.AddSeconds(-1);
        return NudgeBed.SeedAsync(services, "test", count, _ => due, due);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, CountingSender sender)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The schedulers did not deliver in time: {sender.Figures}.");
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

        public int DeliveriesOf(string deliveryId) => _deliveries.GetValueOrDefault(deliveryId);

        /// <summary>"lost" counts the seeded nudges not (yet) delivered.</summary>
        public string Figures => $"delivered {Unique}, duplicates {Duplicates}, lost {Nudges - Unique}";

        public Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
        {
            _deliveries.AddOrUpdate(deliveryId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Delivers through <paramref name="inner"/> until its <paramref name="dieAtSend"/>th send, then hangs on that and
    /// every later send, as an instance that died mid-delivery: nothing it holds is delivered, finished or given back.
    /// </summary>
    internal sealed class DyingSender(IProactiveSender inner, int dieAtSend) : IProactiveSender, IDisposable
    {
        private readonly CancellationTokenSource _gone = new();
        private int _sends;

        public IReadOnlyCollection<string> Channels => inner.Channels;

        public bool Dead => Volatile.Read(ref _sends) >= dieAtSend;

        /// <summary>The nudges it was delivering when it died.</summary>
        public ConcurrentBag<string> Held { get; } = [];

        public async Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _sends) < dieAtSend)
            {
                await inner.SendAsync(conversation, replies, deliveryId, cancellationToken);
                return;
            }

            Held.Add(deliveryId);
            await Task.Delay(Timeout.Infinite, _gone.Token);
        }

        /// <summary>Ends the hung sends once the test is over (they throw, so the dead instance still delivers nothing).</summary>
        public void Dispose()
        {
            _gone.Cancel();
            _gone.Dispose();
        }
    }
}
