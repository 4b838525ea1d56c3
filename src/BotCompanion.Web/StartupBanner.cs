using BotCompanion.Channels.Discord;
using BotCompanion.Channels.Teams;
using BotCompanion.Channels.WebChat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BotCompanion.Web;

/// <summary>Tells the person who just ran the bot where to talk to it, and says loudly when it runs unauthenticated.</summary>
internal sealed partial class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IServiceProvider services,
    IOptions<TeamsOptions> teams,
    IOptions<DiscordOptions> discord,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (teams.Value.Enabled && teams.Value.IsAnonymous)
        {
            Log.AnonymousMode(logger);
        }

        if (discord.Value is { InteractionsEnabled: true, GatewayEnabled: false })
        {
            Log.DiscordInteractionsOnly(logger);
        }

        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("0.0.0.0", "localhost", StringComparison.Ordinal) ?? "http://localhost:3978";
        if (WebChatEndpoints.IsEnabled(services))
        {
            Log.WebChat(logger, $"{address}/chat");
        }

        if (teams.Value.Enabled)
        {
            Log.Playground(logger, $"{address}/api/messages");
        }

        Log.Terminal(logger);
    }

    private static partial class Log
    {
        [LoggerMessage(4000, LogLevel.Warning, "ANONYMOUS DEVELOPMENT MODE: Channels:Teams:AppId is not set, so /api/messages accepts unauthenticated activities from loopback callers only (and refuses everyone else with 401). Set Channels:Teams:AppId and ClientSecret for Teams.", EventName = "AnonymousMode")]
        public static partial void AnonymousMode(ILogger logger);

        [LoggerMessage(4004, LogLevel.Warning, "Discord runs on interactions only: slash commands and buttons work, but direct messages and check-ins in Discord are off until Channels:Discord:BotToken is set", EventName = "DiscordInteractionsOnly")]
        public static partial void DiscordInteractionsOnly(ILogger logger);

        [LoggerMessage(4001, LogLevel.Information, "Web chat:          {Url}", EventName = "WebChatUrl")]
        public static partial void WebChat(ILogger logger, string url);

        [LoggerMessage(4002, LogLevel.Information, "Agents Playground: npx -y @microsoft/m365agentsplayground@0.2.28 -e {Url} -c msteams", EventName = "PlaygroundHint")]
        public static partial void Playground(ILogger logger, string url);

        [LoggerMessage(4003, LogLevel.Information, "Terminal chat:     dotnet run --project src/BotCompanion.Cli -- chat", EventName = "TerminalHint")]
        public static partial void Terminal(ILogger logger);
    }
}
