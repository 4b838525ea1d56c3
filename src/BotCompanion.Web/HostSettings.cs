using BotCompanion.Ai;
using BotCompanion.Channels.Teams;
using BotCompanion.Core.Settings;
using BotCompanion.Storage.Redis;

namespace BotCompanion.Web;

/// <summary>Every settings section the host binds: those of each assembly it composes.</summary>
internal static class HostSettings
{
    public static IReadOnlyList<(string Section, Type Type)> Sections { get; } = SettingsCheck.SectionsIn(
        typeof(StorageOptions).Assembly,
        typeof(AiOptions).Assembly,
        typeof(TeamsOptions).Assembly,
        typeof(RedisOptions).Assembly,
        typeof(HostSettings).Assembly);
}
