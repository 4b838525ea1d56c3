using BotCompanion.Core.Conversation.Reflections;
using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.TestKit;

namespace BotCompanion.Core.Tests.Conversation.Reflections;

public class ReflectionWriterTests
{
    private static readonly PhraseBank Phrases = PromptPackLoader.Load(Path.Combine(RepoPaths.Prompts, "default")).Phrases;

    private static Reflection? Write(string text, ConversationTrack? track = null) =>
        ReflectionWriter.Write(MessageReader.Read(text), Phrases, track ?? new ConversationTrack());

    [Theory]
    [InlineData("Hi there!")]
    [InlineData("Thanks, that's it for today.")]
    [InlineData("What should I do?")]
    [InlineData("Are you a real person?")]
    [InlineData("Hello, sorry for my english")]
    public void MessagesThatStateNothing_AreNeverReflected(string text) =>
        Assert.Null(Write(text));

    [Fact]
    public void ANamedFeeling_GetsAComplexReflectionThatNamesIt()
    {
        var reflection = Write("I felt humiliated. I keep replaying it.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("humiliated", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFear_IsReflectedAsAWorryInTheirWordsAndTheSecondPerson()
    {
        var reflection = Write("I suppose I'm scared that if something goes wrong it lands on me with the board.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("lands on you", reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" me ", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ambivalence_IsReflectedAsTwoSides()
    {
        var reflection = Write("I want to take the job in Singapore, but my kids are settled here.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("take the job in Singapore", reflection.Text, StringComparison.Ordinal);
        Assert.Contains("your kids are settled here", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongStatement_IsReflectedByItsKeyPhrase_NotTheWholeSentence()
    {
        var text = "So basically I think the thing is that the regional directors keep escalating every pricing exception to me, even the tiny ones, and nobody else decides anything.";

        var reflection = Write(text)!;

        Assert.True(reflection.Text.Split(' ').Length <= 20, reflection.Text);
        Assert.DoesNotContain("basically", reflection.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WhatTheyFeelTheyMustDo_IsSaidBackAsTheirView_NotAsAnInstruction()
    {
        var reflection = Write("I need to cut the agency budget by a third.")!;

        Assert.Contains("you feel you need to cut the agency budget", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsecutiveReflections_NeverOpenTheSameWay()
    {
        var track = new ConversationTrack();
        var openers = new[] { "The board meets on Thursday.", "The forecast is already late.", "The CFO is on holiday this week." }
            .Select(t => Write(t, track)!.Text.Split(' ')[0..2])
            .Select(words => string.Join(' ', words))
            .ToList();

        Assert.All(openers.Zip(openers.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }
}
