using BotCompanion.Core.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BotCompanion.Core.Tests.Turns;

public class TurnProcessorTests
{
    private static readonly PromptPack Pack = PromptPackLoader.Load(RepoPaths.DefaultPack);

    private static PackLabels Labels => Pack.Labels;

    private static IPromptPackProvider Packs => Mock.Of<IPromptPackProvider>(p => p.GetPack(It.IsAny<string?>()) == Pack);

    [Fact]
    public async Task ProcessAsync_TwoProcessesSharingOneStore_LoseNoUpdate()
    {
        // Two processors with separate locks stand for two hosts sharing one Redis: only the version check protects them.
        var store = TestStores.InMemory();
        var first = Processor(store, new CountingHandler());
        var second = Processor(store, new CountingHandler());

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).ProcessAsync(TestMessages.Text("hi"), default))));

        var state = await LoadAsync(store);
        Assert.Equal(100, state.TurnCount);
    }

    [Fact]
    public async Task ProcessAsync_OnVersionConflict_RerunsTheHandlerOnFreshState()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((StoredDocument?)null);
        store.SetupSequence(s => s.TrySaveAsync(It.IsAny<string>(), It.IsAny<string>(), 0, It.IsAny<CancellationToken>()))
            .ReturnsAsync(false)
            .ReturnsAsync(true);
        var handler = new CountingHandler();

        await Processor(store.Object, handler).ProcessAsync(TestMessages.Text("hi"), default);

        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task ProcessAsync_SameMessageIdTwice_HandlesItOnce()
    {
        var store = TestStores.InMemory();
        var handler = new CountingHandler();
        var processor = Processor(store, handler);

        await processor.ProcessAsync(TestMessages.Text("hi", messageId: "dup"), default);
        var second = await processor.ProcessAsync(TestMessages.Text("hi", messageId: "dup"), default);

        Assert.Equal(1, handler.Calls);
        Assert.Empty(second.Replies);
    }

    [Fact]
    public async Task ProcessAsync_RepeatOfAMessageThatRepeatsReplies_GetsTheFirstRepliesAgain_AndChangesNothing()
    {
        var store = TestStores.InMemory();
        var handler = new CountingHandler();
        var processor = Processor(store, handler);
        var click = TestMessages.Text("yes", messageId: "f:click-1") with { RepeatsReplies = true };

        var first = await processor.ProcessAsync(click, default);
        var saved = await store.GetAsync(StateKeys.Conversation(click.Conversation), default);
        var repeat = await processor.ProcessAsync(click, default);

        Assert.Equal(1, handler.Calls);
        Assert.Equal("turn 1", Assert.Single(repeat.Replies).Text);
        Assert.Equal(first.Replies.Select(r => (r.Text, r.Mode)), repeat.Replies.Select(r => (r.Text, r.Mode)));
        var after = await store.GetAsync(StateKeys.Conversation(click.Conversation), default);
        Assert.Equal(saved!.Version, after!.Version);
    }

    [Fact]
    public async Task ProcessAsync_ReRunOfAJournaledTurn_GetsItsRepliesBackAsARepeat_WithoutHandlingItAgain()
    {
        var store = TestStores.InMemory();
        var handler = new CountingHandler();
        var processor = Processor(store, handler);
        var journaled = TestMessages.Text("hi", messageId: "journal-1") with { RunId = "1-0" };

        var first = await processor.ProcessAsync(journaled, default);
        var rerun = await processor.ProcessAsync(journaled, default);

        Assert.Equal(1, handler.Calls);
        Assert.False(first.IsRepeat);
        Assert.True(rerun.IsRepeat);
        Assert.Equal("1-0", rerun.RepeatOf);
        Assert.Equal(first.Replies.Select(r => r.Text), rerun.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task ProcessAsync_StoreDown_MarksTheResultUnrecorded()
    {
        var (_, result) = await ProcessWithTheStoreDownAsync();

        Assert.True(result.Unrecorded);
    }

    [Fact]
    public async Task ProcessAsync_StoreDown_TellsTheUserTheMessageWasNotRecorded()
    {
        var (store, result) = await ProcessWithTheStoreDownAsync();

        Assert.Equal(Labels["storeDown"], Assert.Single(result.Replies).Text);
        store.Verify(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task ProcessAsync_StoreBackOnRetry_CompletesTheTurn()
    {
        var inner = TestStores.InMemory();
        var store = new Mock<IStateStore>();
        store.SetupSequence(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("blip"))
            .ReturnsAsync((StoredDocument?)null);
        store.Setup(s => s.TrySaveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .Returns((string k, string j, long v, CancellationToken c) => inner.TrySaveAsync(k, j, v, c));

        var result = await Processor(store.Object, new CountingHandler()).ProcessAsync(TestMessages.Text("hi"), default);

        Assert.Equal("turn 1", Assert.Single(result.Replies).Text);
    }

    [Fact]
    public async Task ProcessAsync_HandlerThrows_ApologisesInsteadOfThrowing()
    {
        var handler = new Mock<ITurnHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<ConversationState>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        var result = await Processor(TestStores.InMemory(), handler.Object).ProcessAsync(TestMessages.Text("hi"), default);

        Assert.Equal(Labels["turnFailed"], Assert.Single(result.Replies).Text);
    }

    [Fact]
    public async Task ProcessAsync_EraseRequested_DeletesTheStateAndCallsErasers()
    {
        var store = TestStores.InMemory();
        var eraser = new Mock<IPersonalDataEraser>();
        var processor = Processor(store, new CountingHandler(), eraser.Object);
        await processor.ProcessAsync(TestMessages.Text("hi"), default);

        await processor.ProcessAsync(TestMessages.Text("erase"), default);

        Assert.Null(await store.GetAsync(StateKeys.Conversation(TestMessages.Text("").Conversation), default));
        eraser.Verify(e => e.EraseAsync(It.IsAny<ConversationKey>(), "user-c1", It.IsAny<CancellationToken>()), Times.Once);
    }

    /// <summary>One "hi" through a processor whose store throws <see cref="StoreUnavailableException"/> on every read.</summary>
    private static async Task<(Mock<IStateStore> Store, TurnResult Result)> ProcessWithTheStoreDownAsync()
    {
        var store = new Mock<IStateStore>();
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("down"));
        return (store, await Processor(store.Object, new CountingHandler()).ProcessAsync(TestMessages.Text("hi"), default));
    }

    private static TurnProcessor Processor(IStateStore store, ITurnHandler handler, params IPersonalDataEraser[] erasers) =>
        new(store, handler, new KeyedLock(), erasers, Packs, TimeProvider.System, NullLogger<TurnProcessor>.Instance);

    private static async Task<ConversationState> LoadAsync(IStateStore store)
    {
        var doc = await store.GetAsync(StateKeys.Conversation(TestMessages.Text("").Conversation), default);
        return System.Text.Json.JsonSerializer.Deserialize<ConversationState>(doc!.Json, StateJson.Options)!;
    }

    private sealed class CountingHandler : ITurnHandler
    {
        private int _calls;

        public int Calls => _calls;

        public async Task<TurnResult> HandleAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Yield();
            state.EraseRequested = message.Text == "erase";
            return TurnResult.Say($"turn {state.TurnCount + 1}");
        }
    }
}
