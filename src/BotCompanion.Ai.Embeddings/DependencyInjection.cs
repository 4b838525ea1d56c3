using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCompanion.Ai.Embeddings;

public static class DependencyInjection
{
    /// <summary>The trained guard classifier (MiniLM embeddings + the shipped head) beside the directiveness rules.</summary>
    public static IServiceCollection AddBotCompanionEmbeddings(this IServiceCollection services)
    {
        var (head, sha256) = GuardHead.LoadEmbedded();
        services.AddSingleton(new LoadedGuardHead(head, sha256));
        services.AddSingleton(new MiniLmAdviceClassifier(head));
        services.Replace(ServiceDescriptor.Singleton<IAdviceClassifier>(sp => sp.GetRequiredService<MiniLmAdviceClassifier>()));
        services.AddHostedService<GuardHeadStartup>();
        return services;
    }

    /// <summary>The combined guard (rules OR classifier) outside a host, for the CLI's scoring and benchmarks.</summary>
    public static IDirectivenessGuard CreateCombinedGuard() => EmbeddingsServices.CreateCombinedGuard(out _);
}
