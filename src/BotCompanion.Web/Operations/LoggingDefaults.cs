using Microsoft.Extensions.Configuration.Memory;

namespace BotCompanion.Web.Operations;

/// <summary>
/// Log levels that hold even when appsettings.json is missing or says nothing about them: library chatter (Semantic
/// Kernel's per-invocation lines, HttpClient's per-request lines, ASP.NET Core's per-request lines) only from Warning
/// up, so a turn at the default level writes nothing. Any configuration source (appsettings, environment) overrides them.
/// </summary>
internal static class LoggingDefaults
{
    private static readonly Dictionary<string, string?> Levels = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:Microsoft.SemanticKernel"] = "Warning",
        ["Logging:LogLevel:System.Net.Http"] = "Warning",
    };

    /// <summary>Adds the defaults beneath every other configuration source.</summary>
    public static void AddBotCompanionLoggingDefaults(this IConfigurationBuilder configuration)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
    }
}
