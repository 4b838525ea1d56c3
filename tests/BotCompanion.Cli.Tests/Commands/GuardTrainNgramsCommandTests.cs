namespace BotCompanion.Cli.Tests.Commands;

public class GuardTrainNgramsCommandTests
{
    [Fact]
    public void WriteOutOfFold_WritesOneJsonLinePerDevItem_WithItsLabelRulesVerdictAndProbability()
    {
        var dev = new List<GuardItem>
        {
            new("You should \"fire\" him.", true, "direct_advice", "en", "dev", "team"),
            new("What matters most to you?", false, "Q", "en", "dev", "mibot"),
        };
        var path = Path.GetTempFileName();
        try
        {
            GuardTrainNgramsCommand.WriteOutOfFold(path, dev, [true, false], [0.91234567, 0.05]);

            var lines = File.ReadAllLines(path);
            Assert.Equal(2, lines.Length);
            using var first = JsonDocument.Parse(lines[0]);
            Assert.Equal("You should \"fire\" him.", first.RootElement.GetProperty("text").GetString());
            Assert.Equal("advice", first.RootElement.GetProperty("label").GetString());
            Assert.True(first.RootElement.GetProperty("rules").GetBoolean());
            Assert.Equal(0.9123, first.RootElement.GetProperty("p").GetDouble());
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("not_advice", second.RootElement.GetProperty("label").GetString());
            Assert.Equal("Q", second.RootElement.GetProperty("family").GetString());
            Assert.Equal("mibot", second.RootElement.GetProperty("source").GetString());
            Assert.False(second.RootElement.GetProperty("rules").GetBoolean());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
