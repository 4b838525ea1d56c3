using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Turns;
using Moq;

namespace BotCompanion.Storage.Redis.Tests;

/// <summary>Redis-specific behaviour (namespacing, TTLs, outages, two hosts); the store contract is in <see cref="RedisStateStoreContractTests"/>.</summary>
public class RedisStateStoreTests
{
    [Fact]
    public async Task Keys_AreNamespacedByThePrefix_AndCarryTheIdleExpiry()
    {
        var prefix = "ns" + Guid.NewGuid().ToString("N")[..8];
        var (store, connection) = RedisFixture.NewStore(prefix: prefix, idleExpiry: TimeSpan.FromMinutes(10));
        await using var _ = connection;
        var (other, otherConnection) = RedisFixture.NewStore();
        await using var __ = otherConnection;

        await store.TrySaveAsync("conv:x", "{}", 0, default);

        var db = (await connection.GetAsync()).GetDatabase();
        var ttl = await db.KeyTimeToLiveAsync($"{prefix}:conv:x");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Null(await other.GetAsync("conv:x", default));
    }

    [Fact]
    public async Task GetAsync_RenewsTheIdleExpiry()
    {
        var prefix = "ns" + Guid.NewGuid().ToString("N")[..8];
        var (store, connection) = RedisFixture.NewStore(prefix: prefix, idleExpiry: TimeSpan.FromMinutes(10));
        await using var _ = connection;
        await store.TrySaveAsync("k", "{}", 0, default);
        var db = (await connection.GetAsync()).GetDatabase();
        await db.KeyExpireAsync($"{prefix}:k", TimeSpan.FromSeconds(30));

        await store.GetAsync("k", default);

        Assert.True((await db.KeyTimeToLiveAsync($"{prefix}:k"))!.Value > TimeSpan.FromMinutes(9));
    }

    [Fact]
    public async Task TurnProcessor_TwoHostsSharingRedis_LoseNoUpdate()
    {
        var prefix = "ns" + Guid.NewGuid().ToString("N")[..8];
        var (storeA, connectionA) = RedisFixture.NewStore(prefix: prefix);
        var (storeB, connectionB) = RedisFixture.NewStore(prefix: prefix);
        await using var _ = connectionA;
        await using var __ = connectionB;
        var hostA = Processor(storeA);
        var hostB = Processor(storeB);

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            Task.Run(() => (i % 2 == 0 ? hostA : hostB).ProcessAsync(Message(i), default))));

        var doc = await storeA.GetAsync(StateKeys.Conversation(Message(0).Conversation), default);
        var state = System.Text.Json.JsonSerializer.Deserialize<ConversationState>(doc!.Json, StateJson.Options)!;
        Assert.Equal(60, state.TurnCount);
    }

    [Fact]
    public async Task GetAsync_RedisUnreachable_ThrowsStoreUnavailable()
    {
        var (store, connection) = RedisFixture.NewStore(configuration: $"127.0.0.1:{Ports.Unused()},connectTimeout=300,asyncTimeout=300");
        await using var _ = connection;

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync("k", default));
    }

    [Fact]
    public async Task Store_RedisComesBackAfterAnOutage_RecoversByItself()
    {
        var port = Ports.Unused();
        using var server = StartRedis(port);
        var (store, connection) = RedisFixture.NewStore(configuration: $"127.0.0.1:{port},connectTimeout=500,asyncTimeout=500");
        await using var _ = connection;
        Assert.True(await store.TrySaveAsync("k", "{}", 0, default));

        server.Kill();
        await server.WaitForExitAsync();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync("k", default));

        using var restarted = StartRedis(port);
        var recovered = false;
        for (var i = 0; i < 100 && !recovered; i++)
        {
            try
            {
                recovered = await store.TrySaveAsync("k2", "{}", 0, default);
            }
            catch (StoreUnavailableException)
            {
                await Task.Delay(100);
            }
        }

        restarted.Kill();
        Assert.True(recovered);
    }

    private static TurnProcessor Processor(IStateStore store) =>
        new(store, new CountingHandler(), new KeyedLock(), [], Mock.Of<IPromptPackProvider>(), TimeProvider.System, NullLogger<TurnProcessor>.Instance);

    private static IncomingMessage Message(int i) => new()
    {
        Conversation = new ConversationKey("test", "shared"),
        UserId = "u",
        Text = "hi",
        MessageId = "m" + i,
    };

    private static Process StartRedis(int port)
    {
        var process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        for (var i = 0; i < 50; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not start on port {port}");
    }

    private sealed class CountingHandler : ITurnHandler
    {
        public Task<TurnResult> HandleAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken) =>
            Task.FromResult(TurnResult.Say("ok"));
    }
}
