using BotCompanion.Ai;
using BotCompanion.Channels.Discord;
using BotCompanion.Core.Settings;
using BotCompanion.Core.State;
using BotCompanion.Storage.Redis;

namespace BotCompanion.Cli;

/// <summary>Every settings section the CLI may bind: those of each assembly it composes, and its own.</summary>
internal static class CliSettings
{
    public static IReadOnlyList<(string Section, Type Type)> Sections { get; } = SettingsCheck.SectionsIn(
        typeof(StorageOptions).Assembly,
        typeof(AiOptions).Assembly,
        typeof(DiscordOptions).Assembly,
        typeof(RedisOptions).Assembly,
        typeof(CliSettings).Assembly);
}
