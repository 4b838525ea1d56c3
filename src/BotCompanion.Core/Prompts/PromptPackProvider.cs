using System.Collections.Concurrent;
using BotCompanion.Core.Guard;

namespace BotCompanion.Core.Prompts;

/// <summary>
/// Loads and validates the configured packs at start-up (failing fast with the problems listed), then keeps them
/// current: when a pack's files change it is reloaded and re-validated; a broken edit is rejected with a log line and
/// the last good version stays active.
/// </summary>
public sealed partial class PromptPackProvider : IPromptPackProvider, IDisposable
{
    private readonly PromptsOptions _options;
    private readonly PackValidator _validator;
    private readonly ILogger<PromptPackProvider> _logger;
    private readonly ConcurrentDictionary<string, PromptPack> _packs = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ConcurrentDictionary<string, Timer> _debounce = new(StringComparer.Ordinal);

    public PromptPackProvider(IOptions<PromptsOptions> options, IDirectivenessGuard guard, ILogger<PromptPackProvider> logger)
    {
        _options = options.Value;
        _validator = new PackValidator(guard);
        _logger = logger;
        Root = _options.ResolvePath();
        foreach (var name in _options.TenantPacks.Values.Append(_options.Pack).Distinct(StringComparer.Ordinal))
        {
            _packs[name] = LoadValidated(name);
            if (_options.ReloadOnChange)
            {
                Watch(name);
            }
        }
    }

    public string Root { get; }

    public PromptPack GetPack(string? tenantId = null)
    {
        var name = tenantId is not null && _options.TenantPacks.TryGetValue(tenantId, out var tenantPack) ? tenantPack : _options.Pack;
        return _packs[name];
    }

    /// <summary>Reloads one pack now; returns false (keeping the last good version) when the new files are broken.</summary>
    public bool TryReload(string name)
    {
        try
        {
            _packs[name] = LoadValidated(name);
            Log.Reloaded(_logger, _packs[name].Reference);
            return true;
        }
        catch (PackLoadException ex)
        {
            Log.ReloadRejected(_logger, name, ex.Message);
            return false;
        }
    }

    private PromptPack LoadValidated(string name)
    {
        var directory = Path.Combine(Root, name);
        var pack = PromptPackLoader.Load(directory);
        var problems = _validator.ValidateAsync(pack, CancellationToken.None).GetAwaiter().GetResult();
        if (problems.Count > 0)
        {
            throw new PackLoadException(directory, problems);
        }

        Log.Loaded(_logger, pack.Reference, directory);
        return pack;
    }

    private void Watch(string name)
    {
        var watcher = new FileSystemWatcher(Path.Combine(Root, name)) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        FileSystemEventHandler changed = (_, _) => ScheduleReload(name);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => ScheduleReload(name);
        _watchers.Add(watcher);
    }

    // Editors save in several steps; reload once things have been quiet for a moment.
    private void ScheduleReload(string name) =>
        _debounce.AddOrUpdate(
            name,
            _ => new Timer(_ => TryReload(name), null, 300, Timeout.Infinite),
            (_, timer) =>
            {
                timer.Change(300, Timeout.Infinite);
                return timer;
            });

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        foreach (var timer in _debounce.Values)
        {
            timer.Dispose();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1100, LogLevel.Information, "Prompt pack {Reference} loaded from {Directory}", EventName = "PackLoaded")]
        public static partial void Loaded(ILogger logger, string reference, string directory);

        [LoggerMessage(1101, LogLevel.Information, "Prompt pack reloaded: {Reference} is now active", EventName = "PackReloaded")]
        public static partial void Reloaded(ILogger logger, string reference);

        [LoggerMessage(1102, LogLevel.Error, "Prompt pack '{Name}' was edited but the new version is broken; the last good version stays active. {Problems}", EventName = "PackReloadRejected")]
        public static partial void ReloadRejected(ILogger logger, string name, string problems);
    }
}
