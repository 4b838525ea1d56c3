using Azure.Core;
using Azure.Identity;
using BotCompanion.Core.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace BotCompanion.Ai;

public static class DependencyInjection
{
    internal const string NetworkServiceKey = "network";
    internal const string HttpClientName = "BotCompanion.Model";

    /// <summary>
    /// The model chosen by <c>Ai:Provider</c>, registered through Semantic Kernel's connectors behind the offline
    /// coach as fallback, under <see cref="ModelServiceKeys.Configured"/> (Core resolves it from there, so the call may
    /// come before or after <c>AddBotCompanionCore</c>). Offline (the default) changes nothing.
    /// </summary>
    public static IServiceCollection AddBotCompanionModels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AiOptions>().BindConfiguration(AiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiOptions>, AiOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IModelHealth, ModelHealth>();
        services.AddHttpClient(ModelHealth.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5));

        var provider = configuration.GetSection(AiOptions.SectionName).GetValue<AiProvider?>(nameof(AiOptions.Provider)) ?? AiProvider.Offline;
        if (provider == AiProvider.Offline)
        {
            return services;
        }

        services.AddTransient<ModelRetryHandler>();
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).AddHttpMessageHandler<ModelRetryHandler>();
        services.AddKeyedSingleton<IChatCompletionService>(NetworkServiceKey, (sp, _) => CreateNetworkService(sp));

        services.TryAddKeyedSingleton<IChatCompletionService>(ModelServiceKeys.Configured, (sp, _) => new FallbackChatCompletionService(
            sp.GetRequiredKeyedService<IChatCompletionService>(NetworkServiceKey),
            sp.GetRequiredKeyedService<IChatCompletionService>(ModelServiceKeys.Offline),
            sp.GetRequiredService<ILogger<FallbackChatCompletionService>>()));
        return services;
    }

    private static IChatCompletionService CreateNetworkService(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AiOptions>>().Value;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var log = loggers.CreateLogger(typeof(DependencyInjection).FullName!);
        if (options.Provider == AiProvider.AzureOpenAI)
        {
            ModelLog.Configured(log, options.Provider, options.Deployment!, options.Endpoint!.GetLeftPart(UriPartial.Authority));
            if (options.UseManagedIdentity)
            {
                TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                    ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                    : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
                return new AzureOpenAIChatCompletionService(options.Deployment!, options.Endpoint.ToString(), credential, modelId: null, http, loggers, options.ApiVersion);
            }

            return new AzureOpenAIChatCompletionService(options.Deployment!, options.Endpoint.ToString(), options.ApiKey!, modelId: null, http, loggers, options.ApiVersion);
        }

        ModelLog.Configured(log, options.Provider, options.Model!, options.Endpoint?.GetLeftPart(UriPartial.Authority) ?? "api.openai.com");
#pragma warning disable SKEXP0010 // The custom-endpoint constructor is how OpenAI-compatible servers are reached.
        return options.Endpoint is { } endpoint
            ? new OpenAIChatCompletionService(options.Model!, AiOptions.WithTrailingSlash(endpoint), string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey, organization: null, http, loggers)
            : new OpenAIChatCompletionService(options.Model!, options.ApiKey!, organization: null, http, loggers);
#pragma warning restore SKEXP0010
    }
}
