using Microsoft.Extensions.Hosting;

namespace BotCompanion.Storage.Redis;

/// <summary>Says at start-up which store is in use, and checks Redis once so an outage shows in the log at once.</summary>
internal sealed partial class StorageStartupReport(IStateStore store, ILogger<StorageStartupReport> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is InMemoryStateStore)
        {
            Log.InMemory(logger);
            return;
        }

        try
        {
            await store.PingAsync(cancellationToken);
            Log.RedisReady(logger);
        }
        catch (StoreUnavailableException ex)
        {
            Log.RedisDown(logger, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(5010, LogLevel.Warning, "Using the in-memory store: nothing survives a restart, and acknowledged turns still waiting are lost if the process crashes. Set Storage:Redis:Configuration to keep conversations and waiting turns in Redis.", EventName = "InMemoryStore")]
        public static partial void InMemory(ILogger logger);

        [LoggerMessage(5011, LogLevel.Information, "Using Redis for conversation state and the durable turn journal", EventName = "RedisStore")]
        public static partial void RedisReady(ILogger logger);

        [LoggerMessage(5012, LogLevel.Error, "Redis is configured but unreachable at start-up: {Reason}. The bot runs and recovers when Redis returns; until then users are told their messages were not recorded.", EventName = "RedisDownAtStart")]
        public static partial void RedisDown(ILogger logger, string reason);
    }
}
