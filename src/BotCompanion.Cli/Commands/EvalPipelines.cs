using BotCompanion.Core.Nudges;
using BotCompanion.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BotCompanion.Cli.Commands;

/// <summary>
/// The chat command's composition (configured model, offline by default) pointed at one pack folder, with a fixed
/// clock and a fresh in-memory store and nudge queue, so that a scenario never touches real conversations.
/// </summary>
internal static class EvalPipelines
{
    public static IServiceProvider Create(string packDirectory, TimeProvider clock)
    {
        var full = Path.GetFullPath(packDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var host = CliHost.Build(
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton(clock));
                services.Replace(ServiceDescriptor.Singleton<IStateStore, InMemoryStateStore>());
                services.Replace(ServiceDescriptor.Singleton<INudgeQueue, InMemoryNudgeQueue>());
            },
            [
                new("Prompts:Path", Path.GetDirectoryName(full)),
                new("Prompts:Pack", Path.GetFileName(full)),
                new("Prompts:ReloadOnChange", "false"),
                new("Prompts:TenantPacks", null),
                new("Nudges:Enabled", "false"),
                new("Logging:LogLevel:Default", "Error"),
            ]);
        return new HostedServices(host);
    }

    /// <summary>Disposes the whole host when the evaluator is done with the scenario.</summary>
    private sealed class HostedServices(IHost host) : IServiceProvider, IDisposable
    {
        public object? GetService(Type serviceType) => host.Services.GetService(serviceType);

        public void Dispose() => host.Dispose();
    }
}
