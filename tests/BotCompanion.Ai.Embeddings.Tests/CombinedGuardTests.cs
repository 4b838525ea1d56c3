namespace BotCompanion.Ai.Embeddings.Tests;

/// <summary>The real MiniLM encoder with the shipped head, through the guard the product uses.</summary>
public class CombinedGuardTests
{
    private static readonly IDirectivenessGuard Guard = DependencyInjection.CreateCombinedGuard();

    [Theory]
    [InlineData("A small first step might be offering to split the cost.")]
    [InlineData("There's good evidence that taking a short course first improves outcomes.")]
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
