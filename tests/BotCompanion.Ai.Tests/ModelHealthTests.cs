namespace BotCompanion.Ai.Tests;

/// <summary>Readiness asks the server for its models: no tokens spent, and an outage is reported, not hidden.</summary>
public class ModelHealthTests
{
    [Fact]
    public async Task ReachableServer_IsReported_AndTheProbeIsCached()
    {
        await using var stub = await OpenAiStub.StartAsync();
        await using var harness = ModelHarness.OpenAi(stub);
        var health = harness.Services.GetRequiredService<IModelHealth>();

        var first = await health.CheckAsync(default);
        await health.CheckAsync(default);

        Assert.True(first.Reachable);
        var probe = Assert.Single(stub.Requests);
        Assert.Equal("/v1/models", probe.Path);
        Assert.Empty(stub.Completions);
    }

    [Fact]
    public async Task UnreachableServer_IsReportedAsUnreachable_WithoutTheKey()
    {
        await using var harness = new ModelHarness(new()
        {
            ["Ai:Provider"] = "OpenAI",
            ["Ai:Model"] = "stub-model",
            ["Ai:Endpoint"] = $"http://127.0.0.1:{Ports.Unused()}/",
            ["Ai:ApiKey"] = "secret-that-must-not-show",
        });

        var report = await harness.Services.GetRequiredService<IModelHealth>().CheckAsync(default);

        Assert.False(report.Reachable);
        Assert.Contains("offline coach", report.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", report.Description, StringComparison.Ordinal);
    }
}
