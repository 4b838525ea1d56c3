namespace BotCompanion.Web.Tests;

/// <summary>The host run as a process with bad settings: it stops with one line per problem, never a stack trace or a secret.</summary>
public class ProgramSettingsTests
{
    private const string Secret = "s3cret-value-never-printed";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ValuesOfTheWrongType_StopTheHost_WithOneLinePerKey()
    {
        var run = await RunHostAsync(new()
        {
            ["BOTCOMPANION_Portal__BaseUrl"] = "http://host:PORTX",
            ["BOTCOMPANION_Ai__Timeout"] = "twenty seconds",
            ["BOTCOMPANION_Ai__MaxRetries"] = "many",
            ["BOTCOMPANION_Ai__Provider"] = "OpenAl",
            ["BOTCOMPANION_Ai__ApiKey"] = Secret,
        });

        Assert.Equal(2, run.ExitCode);
        var lines = run.ErrorLines;
        Assert.Contains("Portal:BaseUrl: not a valid URL; a good value: http://localhost:5000/", lines);
        Assert.Contains("Ai:Timeout: not a time span (days.hours:minutes:seconds); a good value: 00:00:20", lines);
        Assert.Contains("Ai:MaxRetries: not a whole number (or out of range); a good value: 2", lines);
        Assert.Contains("Ai:Provider: not one of Offline, OpenAI, AzureOpenAI; a good value: Offline", lines);
        Assert.Equal(4, lines.Length);
        run.AssertNoTraceNor(Secret);
    }

    [Fact]
    public async Task AMissingSecret_StopsTheHost_NamingTheKeyToSet()
    {
        var run = await RunHostAsync(new()
        {
            ["BOTCOMPANION_Channels__Teams__AppId"] = "00000000-0000-0000-0000-000000000001",
            ["BOTCOMPANION_Ai__Provider"] = "AzureOpenAI",
            ["BOTCOMPANION_Ai__Endpoint"] = "https://my-resource.openai.azure.com/",
            ["BOTCOMPANION_Ai__Deployment"] = "coach",
            ["BOTCOMPANION_Portal__Oidc__ClientSecret"] = Secret,
        });

        Assert.Equal(2, run.ExitCode);
        var lines = run.ErrorLines;
        Assert.Contains(lines, line => line.StartsWith("Channels:Teams:AppId is set but neither Channels:Teams:ClientSecret", StringComparison.Ordinal));
        Assert.Contains("Ai:ApiKey is required when Ai:Provider is AzureOpenAI, unless Ai:UseManagedIdentity is true.", lines);
        run.AssertNoTraceNor(Secret);
    }

    private static Task<DotnetRun.Result> RunHostAsync(Dictionary<string, string> environment)
    {
        environment["ASPNETCORE_HTTP_PORTS"] = "0";
        return DotnetRun.RunAsync(PublishedHost.BuiltHostFolder(), "BotCompanion.Web.dll", environment, Patience);
    }
}
