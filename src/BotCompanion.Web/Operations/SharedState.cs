using BotCompanion.Storage.Redis;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCompanion.Web.Operations;

/// <summary>
/// What instances of the host must share besides conversations: the Data Protection key ring (portal cookies,
/// antiforgery tokens, the single sign-on correlation cookie) and the distributed cache behind portal sessions.
/// Both live in the bot's Redis under Storage:KeyPrefix when it is configured; otherwise in this process, with a
/// start-up warning.
/// </summary>
internal static partial class SharedState
{
    /// <summary>One application name for every instance, whatever its content root, so they read each other's cookies.</summary>
    public const string ApplicationName = "BotCompanion";

    public static IServiceCollection AddBotCompanionSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        var prefix = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.KeyPrefix ?? "botcompanion";
        services.AddDataProtection().SetApplicationName(ApplicationName);
        if (!redis.IsConfigured)
        {
            services.AddDistributedMemoryCache();
            services.AddHostedService<InProcessKeysWarning>();
            return services;
        }

        // The same multiplexer as the state store: one connection per process, reconnecting by itself.
        services.TryAddSingleton<RedisConnection>();
        // What PersistKeysToStackExchangeRedis does, on the shared connection (connected once, then returned at once).
        services.AddOptions<KeyManagementOptions>().Configure<RedisConnection>((options, connection) => options.XmlRepository =
            new RedisXmlRepository(() => connection.GetAsync().GetAwaiter().GetResult().GetDatabase(), $"{prefix}:dataprotection:keys"));
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((options, connection) =>
        {
            options.InstanceName = $"{prefix}:portal:";
            options.ConnectionMultiplexerFactory = connection.GetAsync;
        });
        return services;
    }

    /// <summary>Says once at start-up that sign-ins do not survive a restart nor cross instances.</summary>
    private sealed partial class InProcessKeysWarning(ILogger<InProcessKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            Log.InProcessKeys(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static partial class Log
    {
        [LoggerMessage(4010, LogLevel.Warning, "Data Protection keys and portal sessions are kept in this process only: a restart signs every coach out, and a second instance cannot read this one's cookies or forms. Set Storage:Redis:Configuration to share them through Redis.", EventName = "InProcessDataProtection")]
        public static partial void InProcessKeys(ILogger logger);
    }
}
