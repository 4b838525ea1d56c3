using BotCompanion.Core.Guard.Ngrams;

namespace BotCompanion.Core.Tests.Guard.Ngrams;

public class NgramFeaturesTests
{
    [Fact]
    public void Extract_SameTextTwice_GivesTheSameSortedBuckets()
    {
        var first = NgramFeatures.Extract("You could try a shorter agenda.", 1 << 16);
        var second = NgramFeatures.Extract("You could try a shorter agenda.", 1 << 16);

        Assert.Equal(first.Buckets, second.Buckets);
        Assert.Equal(first.Buckets.Order(), first.Buckets);
        Assert.Equal(1 / Math.Sqrt(first.Buckets.Length), first.Weight, 5);
    }

    [Fact]
    public void Extract_CaseSpacingAndTypographicApostrophes_DoNotChangeTheFeatures()
    {
        var plain = NgramFeatures.Extract("you'd better call her", 1 << 16);
        var styled = NgramFeatures.Extract("  You\u2019d   BETTER call her ", 1 << 16);

        Assert.Equal(plain.Buckets, styled.Buckets);
    }

    [Fact]
    public void Extract_QuestionMark_IsAFeature()
    {
        var statement = NgramFeatures.Extract("you could call her", 1 << 16);
        var question = NgramFeatures.Extract("you could call her?", 1 << 16);

        Assert.NotEqual(statement.Buckets, question.Buckets);
    }

    [Fact]
    public void Extract_EveryBucket_IsInRange()
    {
        var (buckets, _) = NgramFeatures.Extract("Deberías hablar con tu jefe mañana. Ich empfehle eine Pause!", 1024);

        Assert.All(buckets, b => Assert.InRange(b, 0, 1023));
        Assert.NotEmpty(buckets);
    }
}
