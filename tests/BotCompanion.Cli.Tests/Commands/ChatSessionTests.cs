using BotCompanion.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Cli.Tests.Commands;

public class ChatSessionTests
{
    [Fact]
    public async Task RunJsonlAsync_WritesExactlyOneJsonLinePerInputLine_WithModes()
    {
        using var host = CliHost.Build(overrides: [new("Prompts:Path", RepoPaths.Prompts), new("Nudges:Enabled", "false")]);
        var session = new ChatSession(host.Services.GetRequiredService<TurnProcessor>(), TimeProvider.System, "jsonl-" + Guid.NewGuid().ToString("N"), "Europe/London");
        var input = new StringReader("I want to get better at delegating.\n/mentor\nHow do I delegate?\n/coach\n");
        var output = new StringWriter();

        await session.RunJsonlAsync(input, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var modes = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("replies").EnumerateArray().Last().GetProperty("mode").GetString()).ToList();
        Assert.Equal(["coaching", "mentor", "mentor", "coaching"], modes);
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(l).RootElement.GetProperty("replies")[0].GetProperty("text").GetString())));
    }
}
