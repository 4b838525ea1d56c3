namespace BotCompanion.Core.State;

/// <summary>
/// Versioned JSON documents by key. Saves are compare-and-set on the version so that two turns of one
/// conversation handled at once (threads or processes) never overwrite each other's update.
/// Implementations throw <see cref="StoreUnavailableException"/> when the backing service cannot be reached.
/// </summary>
public interface IStateStore
{
    Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="json"/> if the stored version still equals <paramref name="expectedVersion"/>
    /// (0 = the key must not exist yet). Returns false on a version conflict.
    /// </summary>
    Task<bool> TrySaveAsync(string key, string json, long expectedVersion, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every key this deployment holds that starts with <paramref name="prefix"/>.</summary>
    IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="StoreUnavailableException"/> when the store cannot be reached.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
