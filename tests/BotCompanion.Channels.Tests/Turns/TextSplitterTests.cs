namespace BotCompanion.Channels.Tests.Turns;

/// <summary>Long replies are split where a reader would pause, and nothing is lost.</summary>
public class TextSplitterTests
{
    [Fact]
    public void ShortText_IsOneMessage()
    {
        Assert.Equal(["What matters most here?"], TextSplitter.Split("What matters most here?", 2000));
    }

    [Fact]
    public void LongText_SplitsAtParagraphs_WithinTheLimit_LosingNoWord()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Paragraph {i} says something about delegation and trust, in a few words.").ToList();
        var text = string.Join("\n\n", paragraphs);

        var parts = TextSplitter.Split(text, 500);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 500));
        Assert.All(parts, p => Assert.StartsWith("Paragraph", p, StringComparison.Ordinal));
        Assert.Equal(text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries), string.Join(" ", parts).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void OneHugeSentence_SplitsAtSpaces()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 1000));

        var parts = TextSplitter.Split(text, 2000);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.All(parts, p => Assert.DoesNotContain("wo rd", p, StringComparison.Ordinal));
        Assert.Equal(1000, parts.Sum(p => p.Split(' ').Length));
    }

    [Fact]
    public void TextWithoutSpaces_IsCutHard_ButNeverInsideASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1500));

        var parts = TextSplitter.Split(text, 2001);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }
}
