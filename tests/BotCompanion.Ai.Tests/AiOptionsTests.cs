namespace BotCompanion.Ai.Tests;

/// <summary>Bad model configuration fails at start-up, naming the key to set.</summary>
public class AiOptionsTests
{
    [Theory]
    [InlineData("OpenAI", "", "", "", "Ai:Model")]
    [InlineData("OpenAI", "gpt-4o-mini", "", "", "Ai:ApiKey")]
    [InlineData("AzureOpenAI", "", "", "key", "Ai:Endpoint")]
    [InlineData("AzureOpenAI", "", "https://example.openai.azure.com/", "key", "Ai:Deployment")]
    [InlineData("OpenAI", "gpt-4o-mini", "ftp://example.com/", "", "Ai:Endpoint must be an absolute http or https address")]
    public async Task IncompleteSettings_AreRejected_NamingTheKey(string provider, string model, string endpoint, string key, string expected)
    {
        await using var harness = new ModelHarness(new()
        {
            ["Ai:Provider"] = provider,
            ["Ai:Model"] = model,
            ["Ai:Deployment"] = "",
            ["Ai:Endpoint"] = endpoint,
            ["Ai:ApiKey"] = key,
        });

        var ex = Assert.Throws<OptionsValidationException>(() => harness.Options);

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_IsTheDefault_AndNeedsNothing()
    {
        await using var harness = new ModelHarness([]);

        Assert.Equal(AiProvider.Offline, harness.Options.Provider);
        var health = await harness.Services.GetRequiredService<IModelHealth>().CheckAsync(default);
        Assert.True(health.Reachable);
    }

    [Fact]
    public async Task ManagedIdentity_StandsInForTheAzureKey()
    {
        await using var harness = new ModelHarness(new()
        {
            ["Ai:Provider"] = "AzureOpenAI",
            ["Ai:Endpoint"] = "https://example.openai.azure.com/",
            ["Ai:Deployment"] = "coach",
            ["Ai:UseManagedIdentity"] = "true",
        });

        Assert.True(harness.Options.UseManagedIdentity);
    }
}
