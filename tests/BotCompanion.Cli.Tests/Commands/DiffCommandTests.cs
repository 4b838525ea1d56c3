namespace BotCompanion.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly PackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task ChangedTemplate_IsShown_WithTheFiguresSideBySide()
    {
        _folders.Scenario("grow.json", """{"turns": [{"user": "I want to get better at delegating the board reporting."}, {"user": "I rewrite every slide myself the night before."}]}""");
        var a = _folders.CopyDefault("a");
        var b = _folders.CopyDefault("b");
        File.AppendAllText(Path.Combine(b, "Coach", "Reply", "skprompt.txt"), "\nRemember: the executive is the expert on their own organisation, their people and their context; stay curious about what they already know.\n");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await DiffCommand.RunAsync(a, b, _folders.Scenarios, output, error, CancellationToken.None);

        Assert.True(exit == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("Coach/Reply: template -0 +2 lines, 0 config change(s)", text, StringComparison.Ordinal);
        Assert.Contains("  + Remember: the executive is the expert", text, StringComparison.Ordinal);
        var tokens = text.Split('\n').Single(l => l.TrimStart().StartsWith("prompt tokens per turn, max", StringComparison.Ordinal));
        var cells = tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..];
        Assert.True(int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture) > int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), tokens);
        Assert.StartsWith("+", cells[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPack_ExitsTwo_WithTheLoaderMessage()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await DiffCommand.RunAsync(_folders.CopyDefault("a"), Path.Combine(_folders.Root, "nope"), _folders.Scenarios, output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error.ToString(), StringComparison.Ordinal);
    }
}
