namespace BotCompanion.Web.Tests.Health;

/// <summary>/readyz over HTTP: an unreachable model degrades readiness but never takes the bot out of rotation.</summary>
public class ReadinessTests
{
    [Fact]
    public async Task OfflineCoach_IsReady()
    {
        using var host = new BotHost();

        var (status, health) = await host.ReadinessAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", health);
    }

    [Fact]
    public async Task UnreachableModel_IsDegraded_ButStillReady_BecauseTheOfflineCoachAnswers()
    {
        using var host = new BotHost(new()
        {
            ["Ai:Provider"] = "OpenAI",
            ["Ai:Model"] = "stub-model",
            ["Ai:Endpoint"] = $"http://127.0.0.1:{Ports.Unused()}/v1",
            ["Ai:ApiKey"] = "not-a-real-key",
        });

        var (status, health) = await host.ReadinessAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", health);
    }
}
