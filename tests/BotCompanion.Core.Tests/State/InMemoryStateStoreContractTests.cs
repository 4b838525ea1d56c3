using BotCompanion.TestKit.State;

namespace BotCompanion.Core.Tests.State;

/// <summary>The store contract, run against the in-memory store.</summary>
public sealed class InMemoryStateStoreContractTests : StateStoreContract
{
    protected override Task<IStateStore> NewStoreAsync() => Task.FromResult<IStateStore>(TestStores.InMemory());
}
