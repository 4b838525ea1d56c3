using Moq;

namespace BotCompanion.Core.Tests.Guard;

public class CombinedGuardTests
{
    [Fact]
    public void Score_RulesSayAdvice_IsAdviceWhateverTheClassifierSays()
    {
        var classifier = new Mock<IAdviceClassifier>();
        classifier.Setup(c => c.Classify(It.IsAny<string>())).Returns(new AdviceProbability(0.01, false));

        var verdict = new DirectivenessGuard(classifier.Object).Score("You should fire him.");

        Assert.True(verdict.IsAdvice);
        Assert.Equal("ModalAdvice", verdict.Reason);
    }

    [Fact]
    public void Score_ClassifierSaysAdviceTheRulesMiss_IsAdvice()
    {
        var classifier = new Mock<IAdviceClassifier>();
        classifier.Setup(c => c.Classify(It.IsAny<string>())).Returns(new AdviceProbability(0.93, true));

        var verdict = new DirectivenessGuard(classifier.Object).Score("Lollipops are a nice substitute for the habit.");

        Assert.Equal(new GuardVerdict(true, 0.93, DirectivenessGuard.ClassifierReason), verdict);
    }

    [Fact]
    public void Score_SpanishReply_IsNotSentToTheEnglishOnlyClassifier()
    {
        var classifier = new Mock<IAdviceClassifier>(MockBehavior.Strict);

        var verdict = new DirectivenessGuard(classifier.Object).Score("¿Qué te gustaría conseguir con esta conversación?");

        Assert.False(verdict.IsAdvice);
    }
}
