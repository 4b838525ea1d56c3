using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Threading.Channels;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BotCompanion.Channels.Tests.Turns;

/// <summary>
/// A reply ready within Turns:TypingGrace goes to the connector alone; a slower one is preceded by the typing
/// indicator, refreshed while the turn lasts and never trailing the reply. The worker runs on a fake clock.
/// </summary>
public sealed class TypingGraceTests : IAsyncLifetime
{
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(400);
    private readonly CountingTimeProvider _time = new();
    private readonly RecordingConnector _connector = new();
    private readonly Mock<ITurnHandler> _handler = new();
    private TurnQueue _queue = null!;
    private TurnWorker _worker = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        var turns = Options.Create(new TurnQueueOptions { TypingGrace = Grace });
        var teams = Options.Create(new TeamsOptions());
        _client = new ConnectorClient(new HttpClient(_connector), new AnonymousTokenProvider(), new ServiceUrlTrust(teams), teams, _time, NullLogger<ConnectorClient>.Instance);
        var store = new InMemoryStateStore(Options.Create(new StorageOptions()), _time);
        var processor = new TurnProcessor(store, _handler.Object, new KeyedLock(), [], Mock.Of<IPromptPackProvider>(), _time, NullLogger<TurnProcessor>.Instance);
        _queue = new TurnQueue(turns);
        _worker = new TurnWorker(_queue, processor, turns, Options.Create(new TurnJournalOptions()), [], _time, NullLogger<TurnWorker>.Instance);
        await _worker.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _worker.StopAsync(CancellationToken.None);
        _worker.Dispose();
    }

    [Fact]
    public async Task FastTurns_PostOnlyTheirReplies_AndStartNoTimerEach()
    {
        _handler.Setup(h => h.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<ConversationState>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TurnResult.Say("What would make this week a good one?"));

        for (var i = 0; i < 20; i++)
        {
            Send($"fast-{i}");
            Assert.Equal("message", await _connector.NextTypeAsync());
        }

        Assert.False(_connector.TryNextType(out var extra), extra);
        Assert.InRange(_time.TimersCreated, 0, 1);
    }

    [Fact]
    public async Task SlowTurn_PostsTypingAfterTheGrace_RefreshesIt_ThenTheReply()
    {
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource<TurnResult>();
        _handler.Setup(h => h.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<ConversationState>(), It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                entered.TrySetResult();
                return release.Task;
            });

        Send("slow-1");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _time.Advance(Grace / 2);
        Assert.False(_connector.TryNextType(out var early), early);

        _time.Advance(Grace);
        Assert.Equal("typing", await _connector.NextTypeAsync());
        await AdvanceUntilRefreshedAsync();
        release.SetResult(TurnResult.Say("What is the first step?"));

        Assert.Equal("message", await _connector.NextTypeAsync());
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.False(_connector.TryNextType(out var late), late);
    }

    [Fact]
    public void TypingGraceOutOfRange_IsReportedByKey()
    {
        var options = new TurnQueueOptions { TypingGrace = TimeSpan.FromMinutes(5) };
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Turns:TypingGrace", StringComparison.Ordinal));
    }

    private async Task AdvanceUntilRefreshedAsync()
    {
        // The refresh delay is armed once the first indicator was acknowledged: step the clock until it fires.
        for (var i = 0; i < 200; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            if (_connector.TryNextType(out var type))
            {
                Assert.Equal("typing", type);
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("The typing indicator was not refreshed.");
    }

    private void Send(string id)
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount("29:user"),
            Recipient = new ChannelAccount("28:bot"),
            Conversation = new ConversationAccount("a:conv-1"),
            Text = "Hello",
        };
        var message = new IncomingMessage { Conversation = new ConversationKey("msteams", "a:conv-1"), UserId = "29:user", Text = "Hello", MessageId = id };
        Assert.Equal(TurnAcceptance.Accepted, _queue.AcceptAsync(new InboundTurn(message, new TeamsReplyChannel(_client, inbound)), CancellationToken.None).GetAwaiter().GetResult());
    }

    /// <summary>The Bot Connector: answers every post and records the activity types in arrival order.</summary>
    private sealed class RecordingConnector : HttpMessageHandler
    {
        private readonly Channel<string> _types = Channel.CreateUnbounded<string>();

        public async Task<string> NextTypeAsync() => await _types.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        public bool TryNextType(out string? type) => _types.Reader.TryRead(out type);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            _types.Writer.TryWrite(body.RootElement.GetProperty("type").GetString()!);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"r1"}""") };
        }
    }

    /// <summary>A fake clock that counts the timers asked of it.</summary>
    private sealed class CountingTimeProvider : TimeProvider
    {
        private readonly FakeTimeProvider _inner = new();
        private int _timers;

        public int TimersCreated => Volatile.Read(ref _timers);

        public void Advance(TimeSpan by) => _inner.Advance(by);

        public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

        public override long GetTimestamp() => _inner.GetTimestamp();

        public override long TimestampFrequency => _inner.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return _inner.CreateTimer(callback, state, dueTime, period);
        }
    }
}
