using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.TestKit;

/// <summary>The start-up every loopback stub shares: a slim web app on a free 127.0.0.1 port, and its address once started.</summary>
public static class LoopbackServer
{
    /// <summary>A slim app bound to a free loopback port; <paramref name="quiet"/> drops its console logging.</summary>
    public static WebApplication Create(bool quiet = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (quiet)
        {
            builder.Logging.ClearProviders();
        }

        return builder.Build();
    }

    /// <summary>Starts <paramref name="app"/> and returns the address it listens on (no trailing slash).</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
