using System.Text;
using BotCompanion.Core.Guard.Ngrams;

namespace BotCompanion.Core.Tests.Guard.Ngrams;

public class NgramModelTests
{
    private static readonly string[] Advice =
    [
        "You should call the supplier today.", "Try blocking your mornings for deep work.", "I'd suggest a shorter meeting.",
        "You need to delegate the report.", "Why don't you ask for a raise?", "Have you considered a four-day week?",
    ];

    private static readonly string[] NotAdvice =
    [
        "What matters most to you about this?", "It sounds like the week was heavy.", "How would you like to start?",
        "You're proud of how you handled it.", "What have you tried so far?", "Part of you wants to stay.",
    ];

    [Fact]
    public void Fit_OnASeparableSet_ScoresAdviceAboveNotAdvice()
    {
        var texts = Advice.Concat(NotAdvice).ToList();
        var labels = Advice.Select(_ => true).Concat(NotAdvice.Select(_ => false)).ToList();

        var (weights, bias) = NgramTrainer.Fit(texts, labels, buckets: 4096);
        var model = NgramModel.Create("toy", 0.5, bias, weights, "toy", "test");

        Assert.All(Advice, t => Assert.True(model.Probability(t) > 0.5, t));
        Assert.All(NotAdvice, t => Assert.True(model.Probability(t) < 0.5, t));
    }

    [Fact]
    public void Fit_SameDataTwice_GivesTheSameWeights()
    {
        var texts = Advice.Concat(NotAdvice).ToList();
        var labels = Advice.Select(_ => true).Concat(NotAdvice.Select(_ => false)).ToList();

        var first = NgramTrainer.Fit(texts, labels, buckets: 4096);
        var second = NgramTrainer.Fit(texts, labels, buckets: 4096);

        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void ToJsonThenParse_KeepsTheWeights_AndHashesTheBytes()
    {
        var weights = Enumerable.Range(0, 256).Select(i => i / 100f).ToArray();
        var json = NgramModel.Create("v-test", 0.7, -0.25, weights, "toy", "test").ToJson();

        var (model, sha256) = NgramModel.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(weights, model.Weights);
        Assert.Equal((256, 0.7, -0.25), (model.Buckets, model.Threshold, model.Bias));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(json))), sha256);
    }

    [Fact]
    public void Parse_WeightsOfTheWrongLength_IsRejected()
    {
        var json = NgramModel.Create("v-test", 0.7, 0, new float[8], "", "").ToJson().Replace("\"buckets\": 8", "\"buckets\": 9", StringComparison.Ordinal);

        Assert.Throws<InvalidOperationException>(() => NgramModel.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void ShippedModel_LoadsWithItsVersionAndAThresholdInRange()
    {
        var (model, sha256) = NgramModel.LoadEmbedded();

        Assert.Equal("guard-ngrams.v1", model.Version);
        Assert.InRange(model.Threshold, 0.3, 0.99);
        Assert.Equal(64, sha256.Length);
    }

    [Theory]
    [InlineData("Make sure you book the venue this week.")]
    [InlineData("Perhaps starting with a short walk each morning could ease you in.")]
    [InlineData("A lot of people find that a weekly review helps them stay on track.")]
    public void CombinedGuard_IsNeverWeakerThanTheRules(string text)
    {
        var combined = GuardModelServices.CreateCombinedGuard(out _, out _);

        Assert.True(DirectivenessGuard.ScoreRules(text).IsAdvice);
        Assert.True(combined.Score(text).IsAdvice);
    }

    [Theory]
    [InlineData("What would make this week feel like a success for you?")]
    [InlineData("It sounds like you're carrying a lot right now.")]
    [InlineData("You're torn between staying and going.")]
    public void ShippedModel_OpenQuestionsAndReflections_AreNotAdvice(string text)
    {
        var combined = GuardModelServices.CreateCombinedGuard(out _, out _);

        Assert.False(combined.Score(text).IsAdvice, text);
    }

    [Fact]
    public void Classifier_ReportsAdviceAtTheModelsThreshold()
    {
        var (model, _) = NgramModel.LoadEmbedded();
        var classifier = new NgramAdviceClassifier(model);
        var text = "You should cancel half of your meetings.";

        var verdict = classifier.Classify(text);

        Assert.Equal(model.Probability(text), verdict.Probability, 10);
        Assert.Equal(verdict.Probability >= model.Threshold, verdict.IsAdvice);
    }
}
