using System.Runtime.CompilerServices;

namespace BotCompanion.Core.State;

/// <summary>The zero-setup store: one process, nothing survives a restart.</summary>
public sealed class InMemoryStateStore(IOptions<StorageOptions> options, TimeProvider timeProvider) : IStateStore
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeSpan _idleExpiry = options.Value.IdleExpiry;

    public Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!TryGetLive(key, now, out var entry))
            {
                return Task.FromResult<StoredDocument?>(null);
            }

            entry.ExpiresAt = now + _idleExpiry;
            return Task.FromResult<StoredDocument?>(new StoredDocument(entry.Json, entry.Version));
        }
    }

    public Task<bool> TrySaveAsync(string key, string json, long expectedVersion, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            var currentVersion = TryGetLive(key, now, out var current) ? current.Version : 0;
            if (currentVersion != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _entries[key] = new Entry { Json = json, Version = expectedVersion + 1, ExpiresAt = now + _idleExpiry };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.Remove(key));
        }
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        var now = timeProvider.GetUtcNow();
        List<string> keys;
        lock (_gate)
        {
            keys = [.. _entries.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && e.Value.ExpiresAt > now).Select(e => e.Key)];
        }

        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }
    }

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool TryGetLive(string key, DateTimeOffset now, out Entry entry)
    {
        if (_entries.TryGetValue(key, out entry!) && entry.ExpiresAt > now)
        {
            return true;
        }

        _entries.Remove(key);
        return false;
    }

    private sealed class Entry
    {
        public required string Json { get; init; }

        public required long Version { get; init; }

        public DateTimeOffset ExpiresAt { get; set; }
    }
}
