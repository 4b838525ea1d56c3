using BotCompanion.Core.Guard;

namespace BotCompanion.Ai.Embeddings.Tests;

/// <summary>The real MiniLM encoder with the shipped head, through the guard the product uses.</summary>
public class CombinedGuardTests
{
    private static readonly IDirectivenessGuard Guard = DependencyInjection.CreateCombinedGuard();

    [Theory]
    [InlineData("Lollipops make a handy substitute for the hand-to-mouth habit.")]
    [InlineData("A short walk after lunch does wonders for cravings.")]
    [InlineData("Nicotine gum is an option a lot of smokers lean on.")]
    public void Score_HedgedAdviceTheRulesMiss_IsAdvice(string text)
    {
        Assert.False(DirectivenessGuard.ScoreRules(text).IsAdvice, $"the rules now catch '{text}': pick an example they miss");

        Assert.True(Guard.Score(text).IsAdvice, text);
    }

    [Theory]
    [InlineData("What would you like to get from this conversation?")]
    [InlineData("You're worried the team will miss the deadline.")]
    [InlineData("It took courage to bring that up.")]
    public void Score_OpenQuestionReflectionOrAffirmation_IsNotAdvice(string text)
    {
        Assert.False(Guard.Score(text).IsAdvice, text);
    }
}
