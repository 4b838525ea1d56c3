using BotCompanion.Core.Coaching;
using BotCompanion.Core.Sessions;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCompanion.Core;

public static class DependencyInjection
{
    /// <summary>The coaching core: turn pipeline, handler, and the in-memory store unless another is registered.</summary>
    public static IServiceCollection AddBotCompanionCore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStateStore, InMemoryStateStore>();
        services.TryAddSingleton<ITurnHandler, SimpleCoach>();
        services.AddSingleton<KeyedLock>();
        services.AddSingleton<TurnProcessor>();
        return services;
    }
}
