namespace BotCompanion.Core.Tests.Guard.Cues;

public class FrenchAdviceTests
{
    private readonly FrenchAdvice _cue = new();

    [Theory]
    [InlineData("Il faut leur écrire dès demain.")]
    [InlineData("Vous devriez parler à la présidente avant la réunion.")]
    [InlineData("Je vous conseille de déléguer le rapport.")]
    [InlineData("Il faut que vous posiez les mêmes questions à chaque candidat.")]
    [InlineData("Vous pourriez peut-être réduire à cinq cigarettes par jour.")]
    [InlineData("Avez-vous pensé à renégocier la date ?")]
    [InlineData("Faites attention au budget.")]
    public void Matches_FrenchAdvice_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("Qu'aimeriez-vous obtenir de cette conversation ?")]
    [InlineData("Le tabac vous inquiète.")]
    [InlineData("Vous avez dit que vous devriez déléguer davantage.")]
    [InlineData("Puis-je vous poser quelques questions de plus ?")]
    [InlineData("Il faut du courage pour en parler.")]
    [InlineData("Que pourriez-vous faire pour le projet ?")]
    public void Score_ReflectionQuestionOrPermission_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
