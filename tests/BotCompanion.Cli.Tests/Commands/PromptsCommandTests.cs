namespace BotCompanion.Cli.Tests.Commands;

public sealed class PromptsCommandTests : IDisposable
{
    private readonly PackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task Validate_AcceptsTheShippedPack()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await PromptsCommand.ValidateAsync(_folders.CopyDefault("a"), output, error, CancellationToken.None);

        Assert.True(exit == 0, error.ToString());
        Assert.StartsWith("ok: default@", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RefusesAPhraseTheBotsGuardReadsAsAdvice_AsTheBotWouldAtStartUp()
    {
        var pack = _folders.CopyDefault("a");
        var phrases = Path.Combine(pack, "offline", "phrases.json");
        File.WriteAllText(phrases, File.ReadAllText(phrases).Replace("\"You've also named {0}.\"", "\"You'd add {0}.\"", StringComparison.Ordinal));
        var error = new StringWriter();

        var exit = await PromptsCommand.ValidateAsync(pack, new StringWriter(), error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("a phrase in 'reflect-option-named' reads as advice to the directiveness guard: \"You'd add {0}.\"", error.ToString(), StringComparison.Ordinal);
    }
}
