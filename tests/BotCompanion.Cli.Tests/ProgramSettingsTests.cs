namespace BotCompanion.Cli.Tests;

/// <summary>The CLI run as a process with bad settings: one line per problem, exit code 2, no stack trace, no secret.</summary>
public class ProgramSettingsTests
{
    private const string Secret = "s3cret-value-never-printed";

    [Fact]
    public async Task ValuesOfTheWrongType_StopTheCli_WithOneLinePerKey()
    {
        var run = await RunCliAsync(new()
        {
            ["BOTCOMPANION_Portal__BaseUrl"] = "http://host:PORTX",
            ["BOTCOMPANION_Storage__IdleExpiry"] = "a month",
            ["BOTCOMPANION_Nudges__Enabled"] = "yes please",
            ["BOTCOMPANION_Ai__Provider"] = "Claude",
            ["BOTCOMPANION_Ai__ApiKey"] = Secret,
        });

        Assert.Equal(2, run.ExitCode);
        var lines = run.ErrorLines;
        Assert.Contains("Portal:BaseUrl: not a valid URL; a good value: http://localhost:5000/", lines);
        Assert.Contains(lines, line => line.StartsWith("Storage:IdleExpiry: not a time span (days.hours:minutes:seconds); a good value: ", StringComparison.Ordinal));
        Assert.Contains("Nudges:Enabled: neither true nor false; a good value: true", lines);
        Assert.Contains("Ai:Provider: not one of Offline, OpenAI, AzureOpenAI; a good value: Offline", lines);
        Assert.Equal(4, lines.Length);
        run.AssertNoTraceNor(Secret);
    }

    [Fact]
    public async Task AMissingSecret_StopsTheCli_NamingTheKeyToSet()
    {
        var run = await RunCliAsync(new() { ["BOTCOMPANION_Ai__Provider"] = "OpenAI", ["BOTCOMPANION_Ai__Model"] = "gpt-4o-mini" });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["Ai:ApiKey is required when Ai:Provider is OpenAI without Ai:Endpoint (set it with user-secrets or BOTCOMPANION_Ai__ApiKey)."], run.ErrorLines);
        run.AssertNoTraceNor(Secret);
    }

    private static Task<DotnetRun.Result> RunCliAsync(Dictionary<string, string> environment) =>
        DotnetRun.RunAsync(AppContext.BaseDirectory, "botcompanion.dll", environment, TimeSpan.FromSeconds(60), "chat");
}
