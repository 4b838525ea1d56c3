using BotCompanion.Core.Conversation.Reflections;

namespace BotCompanion.Core.Tests.Conversation.Reflections;

public sealed class TheirOwnWordsTests
{
    [Fact]
    public void AReflectionOfAnOptionTheyStated_IsLeftOutOfWhatTheGuardJudges()
    {
        var judged = TheirOwnWords.WithoutTheirIdeas(
            "It sounds like you could ask him to write down his case. What else could you do?",
            "Fine. I could ask him to write down his case and we swap.");

        Assert.Equal("What else could you do?", judged);
    }

    [Fact]
    public void AdviceBuiltOnAQuestionTheyAsked_IsStillJudged()
    {
        const string reply = "It sounds like you should fire him.";

        Assert.Equal(reply, TheirOwnWords.WithoutTheirIdeas(reply, "Should I fire him?"));
    }

    [Fact]
    public void ASuggestionWithWordsOfTheCoachsOwn_IsStillJudged()
    {
        const string reply = "It sounds like you could bring in an external facilitator.";

        Assert.Equal(reply, TheirOwnWords.WithoutTheirIdeas(reply, "I could ask him to write down his case."));
    }

    [Fact]
    public void ASentenceWithoutAReflectiveLead_IsStillJudged_EvenInTheirWords()
    {
        const string reply = "Ask him to write down his case.";

        Assert.Equal(reply, TheirOwnWords.WithoutTheirIdeas(reply, "I could ask him to write down his case."));
    }
}
