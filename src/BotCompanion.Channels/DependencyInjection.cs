using BotCompanion.Channels.Discord;
using BotCompanion.Channels.Teams;
using BotCompanion.Channels.WebChat;
using BotCompanion.Core.Nudges;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCompanion.Channels;

public static class DependencyInjection
{
    /// <summary>The background turn pipeline plus the channels: Teams (Bot Framework) and the development web chat.</summary>
    public static IServiceCollection AddBotCompanionChannels(this IServiceCollection services)
    {
        services.AddOptions<TurnQueueOptions>().BindConfiguration(TurnQueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TurnJournalOptions>().BindConfiguration(TurnJournalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new TurnQueue(sp.GetRequiredService<IOptions<TurnQueueOptions>>(), sp.GetService<ITurnJournal>()));
        services.AddSingleton<IReplyChannelRestorer, TeamsReplyRestorer>();
        services.AddSingleton<IReplyChannelRestorer, DiscordReplyRestorer>();
        services.AddHostedService<TurnWorker>();

        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName);
        services.AddSingleton<WebChatInbox>();
        services.AddSingleton<IProactiveSender>(sp => sp.GetRequiredService<WebChatInbox>());
        services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<WebChatInbox>());
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30));
        // Short: while the metadata endpoint hangs, the one request refreshing the signing keys waits this long at most.
        services.AddHttpClient(nameof(BotFrameworkTokenValidator), client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<ServiceUrlTrust>();
        services.TryAddSingleton<IConnectorTokenProvider>(sp => sp.GetRequiredService<IOptions<TeamsOptions>>().Value switch
        {
            { IsAnonymous: true } => new AnonymousTokenProvider(),
            { AppType: TeamsAppType.UserAssignedMSI } => ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(sp),
            _ => ActivatorUtilities.CreateInstance<MsalTokenProvider>(sp),
        });
        services.TryAddSingleton<IBotTokenValidator, BotFrameworkTokenValidator>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<ConversationReferenceStore>());
        services.AddBotCompanionDiscord();
        services.AddSingleton<TeamsProactiveSender>();
        services.AddSingleton<IProactiveSender>(sp => sp.GetRequiredService<TeamsProactiveSender>());
        services.AddSingleton<BotCompanion.Core.Sharing.ICoachNotifier, TeamsCoachNotifier>();
        return services;
    }

    /// <summary>Discord: the Gateway worker when a bot token is set, signed interactions when a public key is.</summary>
    private static IServiceCollection AddBotCompanionDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(DiscordRestClient), client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DiscordRestClient))));
        services.AddSingleton<DiscordDmDirectory>();
        services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<DiscordDmDirectory>());
        services.AddSingleton<DiscordProactiveSender>();
        services.AddSingleton<IProactiveSender>(sp => sp.GetRequiredService<DiscordProactiveSender>());
        services.AddSingleton<DiscordInteractions>();
        services.AddSingleton(sp => new Ed25519Verifier(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!));
        services.AddSingleton<DiscordGateway>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordGateway>());
        return services;
    }

    public static IEndpointRouteBuilder MapBotCompanionChannels(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value.InteractionsEnabled)
        {
            endpoints.MapDiscordInteractions();
        }

        if (endpoints.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value.Enabled)
        {
            endpoints.MapTeamsEndpoints();
        }

        endpoints.MapWebChatEndpoints();
        return endpoints;
    }
}
