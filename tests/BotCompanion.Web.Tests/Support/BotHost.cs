using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace BotCompanion.Web.Tests.Support;

/// <summary>The real host on a real loopback port (Kestrel), with configuration overrides.</summary>
public class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotHost(Dictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Channels:Teams:RetryBaseDelay"] = "00:00:00.020",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress };
}
