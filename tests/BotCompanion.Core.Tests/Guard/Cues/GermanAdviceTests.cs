namespace BotCompanion.Core.Tests.Guard.Cues;

public class GermanAdviceTests
{
    private readonly GermanAdvice _cue = new();

    [Theory]
    [InlineData("Sie sollten vor der Sitzung mit der Vorsitzenden sprechen.")]
    [InlineData("Ich empfehle Ihnen, den Bericht zu delegieren.")]
    [InlineData("Sie müssen den Umfang schriftlich festhalten.")]
    [InlineData("Vielleicht könnten Sie auf fünf Zigaretten am Tag reduzieren.")]
    [InlineData("Haben Sie schon daran gedacht, den Termin neu zu verhandeln?")]
    [InlineData("Seien Sie vorsichtig mit dem Budget.")]
    public void Matches_GermanAdvice_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("Was möchten Sie bei diesem Gespräch erreichen?")]
    [InlineData("Sie machen sich Sorgen wegen der Sitzung.")]
    [InlineData("Sie sagten, Sie sollten mehr delegieren.")]
    [InlineData("Darf ich Ihnen noch ein paar Fragen stellen?")]
    [InlineData("Es braucht Mut, darüber zu sprechen.")]
    [InlineData("Was könnten Sie bei dem Projekt tun?")]
    public void Score_ReflectionQuestionOrPermission_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
