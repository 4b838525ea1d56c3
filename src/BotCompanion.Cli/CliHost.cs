using BotCompanion.Ai;
using BotCompanion.Ai.Embeddings;
using BotCompanion.Core;
using BotCompanion.Core.Settings;
using BotCompanion.Storage.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BotCompanion.Cli;

/// <summary>
/// The same composition as the web host minus the web: same configuration sources (appsettings.json,
/// environment, BOTCOMPANION_ variables), same core, same stores, the same start-up checks of the settings. Logs go to
/// stderr so stdout stays clean.
/// </summary>
internal static class CliHost
{
    public static IHost Build(Action<IServiceCollection>? configure = null, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        // Defaults below every other source: a terminal chat is not a delivery host, so it leaves due check-ins in
        // a shared queue to the bot, which can reach people in their channels.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("Nudges:Enabled", "false")] });
        builder.Configuration.AddEnvironmentVariables(prefix: "BOTCOMPANION_");
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        SettingsGate.ThrowIfAny(SettingsCheck.FindProblems(builder.Configuration, CliSettings.Sections));

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        builder.Services.AddBotCompanionCore();
        builder.Services.AddBotCompanionModels(builder.Configuration);
        builder.Services.AddBotCompanionEmbeddings();
        builder.Services.AddOptions<BotCompanion.Channels.Discord.DiscordOptions>().BindConfiguration(BotCompanion.Channels.Discord.DiscordOptions.SectionName);
        builder.Services.AddBotCompanionStorage(builder.Configuration);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        if (SettingsGate.OptionsProblems(host.Services) is { Count: > 0 } invalid)
        {
            host.Dispose();
            throw new SettingsRejectedException(invalid);
        }

        return host;
    }
}
