using BotCompanion.Core.Nudges;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCompanion.Storage.Redis;

public static class DependencyInjection
{
    /// <summary>
    /// Chooses the state store from configuration: Redis when Storage:Redis:Configuration is set,
    /// otherwise the in-memory store with a start-up warning that nothing survives a restart. Redis is registered
    /// under <see cref="StoreServiceKeys.Configured"/>, where Core looks, so the call may come before or after
    /// <c>AddBotCompanionCore</c>.
    /// </summary>
    public static IServiceCollection AddBotCompanionStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (redis.IsConfigured)
        {
            services.TryAddSingleton<RedisConnection>();
            services.TryAddKeyedSingleton<IStateStore, RedisStateStore>(StoreServiceKeys.Configured);
            services.TryAddKeyedSingleton<INudgeQueue, RedisNudgeQueue>(StoreServiceKeys.Configured);
            services.TryAddSingleton<RedisTurnJournal>();
            services.TryAddSingleton<ITurnJournal>(sp => sp.GetRequiredService<RedisTurnJournal>());
            services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<RedisTurnJournal>());
        }

        services.AddHostedService<StorageStartupReport>();
        return services;
    }
}
