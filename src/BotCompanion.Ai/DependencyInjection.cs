using Azure.Core;
using Azure.Identity;
using BotCompanion.Core.Ai;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

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
        services.AddKeyedSingleton<IChatClient>(NetworkServiceKey, (sp, _) => CreateNetworkClient(sp));
        services.TryAddKeyedSingleton<IChatClient>(ModelServiceKeys.Configured, (sp, _) => new FallbackChatClient(
            sp.GetRequiredKeyedService<IChatClient>(NetworkServiceKey),
            sp.GetRequiredKeyedService<IChatClient>(ModelServiceKeys.Offline),
            sp.GetRequiredService<ILogger<FallbackChatClient>>()));
        services.TryAddKeyedSingleton<IChatCompletionService>(ModelServiceKeys.Configured, (sp, key) => new ChatClientCompletionService(sp.GetRequiredKeyedService<IChatClient>(key)));
        return services;
    }

    /// <summary>
    /// The provider's chat client, built by Semantic Kernel's connectors (their transport settings: our HttpClient with
    /// its retry handler, no SDK retries of their own).
    /// </summary>
    private static IChatClient CreateNetworkClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AiOptions>>().Value;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DependencyInjection).FullName!);
        var kernel = Kernel.CreateBuilder();
        if (options.Provider == AiProvider.AzureOpenAI)
        {
            ModelLog.Configured(log, options.Provider, options.Deployment!, options.Endpoint!.GetLeftPart(UriPartial.Authority));
            if (options.UseManagedIdentity)
            {
                TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                    ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                    : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
                kernel.AddAzureOpenAIChatClient(options.Deployment!, options.Endpoint.ToString(), credential, apiVersion: options.ApiVersion, httpClient: http);
            }
            else
            {
                kernel.AddAzureOpenAIChatClient(options.Deployment!, options.Endpoint.ToString(), options.ApiKey!, apiVersion: options.ApiVersion, httpClient: http);
            }
        }
        else
        {
            ModelLog.Configured(log, options.Provider, options.Model!, options.Endpoint?.GetLeftPart(UriPartial.Authority) ?? "api.openai.com");
            if (options.Endpoint is { } endpoint)
            {
                kernel.AddOpenAIChatClient(options.Model!, AiOptions.WithTrailingSlash(endpoint), string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey, httpClient: http);
            }
            else
            {
                kernel.AddOpenAIChatClient(options.Model!, options.ApiKey!, httpClient: http);
            }
        }

        return kernel.Build().GetRequiredService<IChatClient>();
    }
}
