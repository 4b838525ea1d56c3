using BotCompanion.TestKit.State;

namespace BotCompanion.Storage.Redis.Tests;

/// <summary>The store contract, run against Redis (each test in its own key namespace).</summary>
public sealed class RedisStateStoreContractTests : StateStoreContract
{
    private RedisConnection? _connection;

    protected override Task<IStateStore> NewStoreAsync()
    {
        var (store, connection) = RedisFixture.NewStore();
        _connection = connection;
        return Task.FromResult<IStateStore>(store);
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
