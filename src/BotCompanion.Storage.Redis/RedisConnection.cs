namespace BotCompanion.Storage.Redis;

/// <summary>
/// One multiplexer per process, connected lazily and never given up on: with AbortOnConnectFail off,
/// StackExchange.Redis keeps reconnecting in the background, so the bot recovers by itself when Redis returns.
/// </summary>
internal sealed partial class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    public async Task<IConnectionMultiplexer> GetAsync()
    {
        if (_multiplexer is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync();
        try
        {
            if (_multiplexer is null)
            {
                var config = ConfigurationOptions.Parse(options.Value.Configuration!);
                config.AbortOnConnectFail = false;
                config.ConnectTimeout = Math.Min(config.ConnectTimeout, 3000);
                config.SyncTimeout = Math.Min(config.SyncTimeout, 3000);
                config.AsyncTimeout = Math.Min(config.AsyncTimeout, 3000);
                var multiplexer = await ConnectionMultiplexer.ConnectAsync(config);
                multiplexer.ConnectionFailed += (_, e) => Log.ConnectionFailed(logger, e.EndPoint?.ToString() ?? "?", e.FailureType.ToString());
                multiplexer.ConnectionRestored += (_, e) => Log.ConnectionRestored(logger, e.EndPoint?.ToString() ?? "?");
                if (!multiplexer.IsConnected)
                {
                    Log.NotConnectedAtStart(logger);
                }

                _multiplexer = multiplexer;
            }

            return _multiplexer;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs one Redis call; an unreachable or timed-out Redis becomes a <see cref="StoreUnavailableException"/>, the
    /// one failure the turn pipeline, the journal and the nudge scheduler know how to wait out.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(Func<IDatabase, Task<T>> operation)
    {
        try
        {
            var multiplexer = await GetAsync();
            return await operation(multiplexer.GetDatabase());
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            throw new StoreUnavailableException($"Redis is unreachable ({ex.GetType().Name}).", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }

        _gate.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(5000, LogLevel.Error, "Redis connection to {EndPoint} failed ({FailureType}); turns will ask users to resend until it returns", EventName = "RedisConnectionFailed")]
        public static partial void ConnectionFailed(ILogger logger, string endPoint, string failureType);

        [LoggerMessage(5001, LogLevel.Information, "Redis connection to {EndPoint} restored", EventName = "RedisConnectionRestored")]
        public static partial void ConnectionRestored(ILogger logger, string endPoint);

        [LoggerMessage(5002, LogLevel.Error, "Redis is not reachable at start-up; the bot keeps running and reconnects in the background (check Storage:Redis:Configuration)", EventName = "RedisNotConnectedAtStart")]
        public static partial void NotConnectedAtStart(ILogger logger);
    }
}
