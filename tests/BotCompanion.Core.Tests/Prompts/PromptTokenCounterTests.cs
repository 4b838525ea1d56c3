using Microsoft.ML.Tokenizers;

namespace BotCompanion.Core.Tests.Prompts;

/// <summary>Counting line by line with remembered lines gives exactly the tokenizer's count of the whole text.</summary>
public class PromptTokenCounterTests
{
    private static readonly Tokenizer Reference = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "",
            "one line, no break",
            "Question?\n\nNext paragraph.\n",
            "trailing spaces   \n  indented line\r\n\r\n\ttab line",
            "end.\n/mentor how do I run a board meeting?\n/done",
            "\n\n\nstarts with breaks and ends with them\n\n",
            "I'd say it's 2024 — 123456 things… \"quoted\"\n- a list\n- of items\n\n12\n34",
        };
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Prompts, "skprompt.txt", SearchOption.AllDirectories))
        {
            data.Add(File.ReadAllText(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Count_IsTheTokenizersCountOfTheWholeText_TheFirstTimeAndFromMemory(string text)
    {
        var counter = new PromptTokenCounter();

        Assert.Equal(Reference.CountTokens(text), counter.Count(text));
        Assert.Equal(Reference.CountTokens(text), counter.Count(text));
    }

    [Fact]
    public void ManyDifferentLines_KeepCountingExactly_AfterTheMemoryStartsAgain()
    {
        var counter = new PromptTokenCounter();
        for (var i = 0; i < PromptTokenCounter.RememberedLines + 50; i++)
        {
            var text = $"System line that repeats\nTurn {i}: I keep putting off a hard talk with person {i * 7}.\n";
            Assert.Equal(Reference.CountTokens(text), counter.Count(text));
        }
    }
}
