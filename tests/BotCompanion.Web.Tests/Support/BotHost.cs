using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace BotCompanion.Web.Tests.Support;

/// <summary>The real host on a real loopback port (Kestrel), with configuration overrides.</summary>
public class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;

    public BotHost(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Development")
    {
        _services = services;
        _environment = environment;
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
        builder.UseEnvironment(_environment);
        // UseSetting as well: what Program reads while it registers services (the store it picks) is only seen this way.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress };

    /// <summary>GET /readyz: its status code and the health it names ("Healthy", "Degraded", "Unhealthy").</summary>
    public async Task<(HttpStatusCode Status, string Health)> ReadinessAsync()
    {
        using var client = NewClient();
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
