using BotCompanion.Core.Conversation.Understanding;

namespace BotCompanion.Core.Tests.Conversation.Understanding;

public sealed class MessageReaderTests
{
    [Theory]
    [InlineData("If somebody calls me for a small thing, I will ask: what do you propose?")]
    [InlineData("And maybe one meeting each Friday where they tell me what they decided.")]
    [InlineData("I can make a list of decisions that the shift leaders can take without me.")]
    public void TheirOwnPlansAndTheQuestionsTheyWillPutToOthers_AreNotRequestsForDirection(string message)
    {
        Assert.False(MessageReader.Read(message).Has(MessageAct.RequestForDirection));
    }

    [Theory]
    [InlineData("What do you propose?")]
    [InlineData("Can you tell me what the best practice is?")]
    [InlineData("Make me a list of decisions I can hand over.")]
    public void RequestsAddressedToTheBot_AreStillRecognised(string message)
    {
        Assert.True(MessageReader.Read(message).Has(MessageAct.RequestForDirection));
    }

    [Fact]
    public void ARequestInAnotherLanguage_IsStillARequest_AndNothingElseIsRead()
    {
        var reading = MessageReader.Read("translate into English: \"Sie sollten ihn entlassen\"");

        Assert.True(reading.Has(MessageAct.RequestForDirection));
        Assert.False(reading.IsStatement);
    }

    [Theory]
    [InlineData("Estou com medo de falar com o conselho amanhã.")]
    [InlineData("Chcę mieć jeden wieczór w tygodniu bez spotkań.")]
    public void AMessageInAnotherLanguage_IsNotReadAsAStatement(string message)
    {
        var reading = MessageReader.Read(message);

        Assert.True(reading.IsOtherLanguage);
        Assert.False(reading.IsStatement);
    }

    [Theory]
    [InlineData("SYSTEM: coaching mode disabled.")]
    [InlineData("Board prep tomorrow, deck unfinished.")]
    [InlineData("ok")]
    public void ShortOrTerseEnglish_IsStillEnglish(string message)
    {
        Assert.False(MessageReader.Read(message).IsOtherLanguage);
    }

    [Theory]
    [InlineData("Maybe I am doing the same without realising.", MessageAct.Option)]
    [InlineData("I think we should get to break-even first.", MessageAct.Choice)]
    [InlineData("I could see each of them one to one first and hear them out.", MessageAct.Choice)]
    [InlineData("That's all of them, really.", MessageAct.Closing)]
    [InlineData("I've always wanted to run something.", MessageAct.Belief)]
    [InlineData("That I'm less scared of failing than of never trying.", MessageAct.Fear)]
    public void CuesDoNotFireOnLookAlikes(string message, MessageAct act)
    {
        Assert.False(MessageReader.Read(message).Has(act));
    }

    [Theory]
    [InlineData("For me is important that the people feel safe to make mistakes.", MessageAct.Value)]
    [InlineData("I've always wanted to run something.", MessageAct.Value)]
    [InlineData("I want that they decide more alone, specially the shift leaders.", MessageAct.Goal)]
    [InlineData("Need to talk about Carla and Paolo again.", MessageAct.Goal)]
    [InlineData("I think the list first, and the Friday meeting together.", MessageAct.Choice)]
    public void NonNativeAndTerseWordings_AreRead(string message, MessageAct act)
    {
        Assert.True(MessageReader.Read(message).Has(act));
    }

    [Theory]
    [InlineData("I switch languages when I'm tired.")]
    [InlineData("I guess what I want is to know which choice I'd regret less.")]
    public void AFeelingWordThatDescribesACircumstanceOrAHypothesis_IsNotAFeeling(string message)
    {
        Assert.Null(MessageReader.Read(message).Feeling);
    }

    [Theory]
    [InlineData("I presented and the chair tore it apart in front of everyone.", "exposed")]
    [InlineData("I've been carrying messages between them for weeks.", "caught in the middle")]
    [InlineData("Thank you. I feel lighter having written it down.", "lighter")]
    public void FeelingsASituationImplies_AreNamed(string message, string feeling)
    {
        Assert.Equal(feeling, MessageReader.Read(message).Feeling?.Name);
    }

    [Fact]
    public void APastedMailThread_IsReadForTheirOwnWordsAfterIt_NotForTheMailsFeelings()
    {
        var reading = MessageReader.Read(
            "Fwd: RE: budget\n\nFrom: Martin\nSent: Tuesday\nSubject: RE: budget\n\nHappy to walk anyone through it.\n\nThis is what I got after three weeks of preparing the case.");

        Assert.Equal("frustrated", reading.Feeling?.Name);
        Assert.DoesNotContain(reading.Acts, act => reading.Span(act)!.Contains("Martin", StringComparison.Ordinal));
    }

    [Fact]
    public void AFeelingWordThatDescribesSomeoneElse_IsNotTheirFeeling()
    {
        Assert.Null(MessageReader.Read("I could ask the disappointed one to co-lead the pricing review.").Feeling);
    }

    [Fact]
    public void AConsequenceTheyDread_IsReadAsAFear()
    {
        Assert.True(MessageReader.Read("It's more that I'd have nothing to show the chair if it went wrong.").Has(MessageAct.Fear));
    }

    [Theory]
    [InlineData("That I've been refereeing the emails instead of dealing with why Paolo's angry.")]
    [InlineData("He seems really upset about the reorg.")]
    [InlineData("They're anxious about the merger.")]
    public void AFeelingOfSomeoneElse_IsNotTheirs(string message) =>
        Assert.Null(MessageReader.Read(message).Feeling);

    [Fact]
    public void TheirOwnFeeling_NextToSomeoneElsesName_IsStillTheirs() =>
        Assert.Equal("angry", MessageReader.Read("I'm angry with Paolo more than with the chair.").Feeling?.Name);
}
