using System.Diagnostics;

namespace BotCompanion.Web.Tests.Infra;

/// <summary>
/// The built host started the way the image starts it (images cannot be pulled here): `dotnet BotCompanion.Web.dll`
/// from a read-only folder, as a non-root user, with the compose file's environment and nothing else.
/// </summary>
public class ContainerRunTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task PublishedHost_WithComposeEnvironmentOnly_AnswersHealthAndReadiness()
    {
        await using var host = PublishedHost.Start(ComposeEnvironment());
        await host.WaitListeningAsync(StartTimeout);
        using var http = new HttpClient { BaseAddress = host.Address };

        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("Hosting environment: Production", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DockerfileHealthCheck_PassesAgainstTheRunningHost()
    {
        await using var host = PublishedHost.Start(ComposeEnvironment());
        await host.WaitListeningAsync(StartTimeout);
        var check = Dockerfile.Load(RepoPaths.Of("infra", "docker", "Dockerfile")).Final.Last("HEALTHCHECK")!;
        var command = check[(check.IndexOf("CMD ", StringComparison.Ordinal) + 4)..];

        var passing = await RunShellAsync(command, host.Port);
        var failing = await RunShellAsync(command, Ports.Unused());

        Assert.Equal(0, passing);
        Assert.NotEqual(0, failing);
    }

    /// <summary>compose.yaml's bot environment with Redis pointed at the test server, in Production.</summary>
    private static Dictionary<string, string> ComposeEnvironment()
    {
        var environment = ComposeTests.Environment();
        environment["Storage__Redis__Configuration"] = TestRedis.Configuration;
        environment["Storage__KeyPrefix"] = "container-run-" + Guid.NewGuid().ToString("N");
        environment["DOTNET_ENVIRONMENT"] = "Production";
        return environment;
    }

    /// <summary>Runs a HEALTHCHECK CMD the way Docker does (`/bin/sh -c`), with the container's port variable.</summary>
    private static async Task<int> RunShellAsync(string command, int port)
    {
        var start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
        start.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }
}
