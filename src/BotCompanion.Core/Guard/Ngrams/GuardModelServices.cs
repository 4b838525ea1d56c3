using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCompanion.Core.Guard.Ngrams;

public static class GuardModelServices
{
    /// <summary>
    /// The shipped hashed n-gram model as the guard's classifier beside the rules (rules OR model, never weaker than
    /// the rules), its version and SHA-256 logged at start-up. Call before or after <c>AddBotCompanionCore</c>.
    /// </summary>
    public static IServiceCollection AddBotCompanionGuardModel(this IServiceCollection services)
    {
        var (model, sha256) = NgramModel.LoadEmbedded();
        services.AddSingleton(new LoadedNgramModel(model, sha256));
        services.Replace(ServiceDescriptor.Singleton<IAdviceClassifier>(new NgramAdviceClassifier(model)));
        services.AddHostedService<NgramModelStartup>();
        return services;
    }

    /// <summary>The combined guard (rules OR the shipped n-gram model) outside a host, for the CLI and benchmarks.</summary>
    public static DirectivenessGuard CreateCombinedGuard(out NgramModel model, out string sha256)
    {
        (model, sha256) = NgramModel.LoadEmbedded();
        return new DirectivenessGuard(new NgramAdviceClassifier(model));
    }
}
