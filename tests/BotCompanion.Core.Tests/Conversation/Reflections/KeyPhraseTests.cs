using BotCompanion.Core.Conversation.Reflections;

namespace BotCompanion.Core.Tests.Conversation.Reflections;

public class KeyPhraseTests
{
    [Fact]
    public void AnOptionThatRunsOn_IsSaidBackUpToWhereItsFirstClauseEnds()
    {
        var phrase = KeyPhrase.Of("I could ask Priya to own the finance section and only review the summary page.");

        Assert.Equal("you could ask Priya to own the finance section", phrase);
    }

    [Fact]
    public void AShortStatement_IsSaidBackWhole()
    {
        Assert.Equal("you want to be more present with your team", KeyPhrase.Of("I want to be more present with my team."));
    }

    [Fact]
    public void ARelativeClause_StaysWithTheWordItDescribes()
    {
        var phrase = KeyPhrase.Of("Honestly, part of the problem is that I like being the one who fixes it and everybody knows it.");

        Assert.NotNull(phrase);
        Assert.DoesNotMatch(@"the one$", phrase);
    }

    [Fact]
    public void TheFillerLikeBeforeAnAmount_IsNotSaidBack()
    {
        var phrase = KeyPhrase.Of("Actually I pass like 3 hours every day answering small questions on WhatsApp.");

        Assert.NotNull(phrase);
        Assert.Contains("pass 3 hours", phrase, StringComparison.Ordinal);
    }
}
