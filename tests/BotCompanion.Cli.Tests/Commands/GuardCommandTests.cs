using BotCompanion.Core.Guard;

namespace BotCompanion.Cli.Tests.Commands;

public class GuardCommandTests
{
    [Fact]
    public async Task ScoreAsync_WritesOneVerdictPerInputLine_InOrder()
    {
        var input = new StringReader("You should fire him.\nWhat matters most to you?\n\nTry journaling every night.\n");
        var output = new StringWriter();

        await GuardCommand.ScoreAsync(new DirectivenessGuard(), input, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("advice\t", lines[0], StringComparison.Ordinal);
        Assert.Equal("ok\t0.00", lines[1]);
        Assert.Equal("ok\t0.00", lines[2]);
        Assert.StartsWith("advice\t", lines[3], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.Matches(@"^(advice|ok)\t[01]\.\d\d$", line));
    }

    [Fact]
    public async Task ScoreAsync_WithWhy_NamesTheCueFamilyBehindEachAdviceVerdict()
    {
        var input = new StringReader("You should fire him.\nWhat matters most to you?\n");
        var output = new StringWriter();

        await GuardCommand.ScoreAsync(new DirectivenessGuard(), input, output, CancellationToken.None, why: true);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^advice\t[01]\.\d\d\tModalAdvice$", lines[0]);
        Assert.Equal("ok\t0.00\t", lines[1]);
    }
}
