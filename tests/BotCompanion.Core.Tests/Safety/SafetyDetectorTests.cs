using BotCompanion.Core.Safety;

namespace BotCompanion.Core.Tests.Safety;

public class SafetyDetectorTests
{
    [Theory]
    [InlineData("I can't go on like this.")]
    [InlineData("I don't see a way out anymore.")]
    [InlineData("Everyone would be better off without me.")]
    [InlineData("Ya no puedo más, no veo salida.")]
    [InlineData("No quiero vivir así.")]
    [InlineData("Je veux en finir.")]
    [InlineData("Je n’en peux plus, je ne vois pas d'issue.")]
    [InlineData("Ich will nicht mehr.")]
    [InlineData("Ich sehe keinen Ausweg mehr.")]
    [InlineData("Manchmal denke ich an Selbstmord.")]
    public void Detect_CrisisWordingInAnyOfFourLanguages_IsAConcern(string text)
    {
        Assert.NotNull(SafetyDetector.Detect(text));
    }

    [Theory]
    [InlineData("Quiero morir, no aguanto más.", SafetyConcern.SelfHarm)]
    [InlineData("J'ai envie de me suicider.", SafetyConcern.SelfHarm)]
    [InlineData("Ich will mir etwas antun.", SafetyConcern.SelfHarm)]
    [InlineData("Estoy en peligro ahora mismo.", SafetyConcern.AcuteCrisis)]
    public void Detect_SelfHarmOrDanger_NamesTheConcern(string text, SafetyConcern expected)
    {
        Assert.Equal(expected, SafetyDetector.Detect(text));
    }

    [Theory]
    [InlineData("This deadline is killing me.")]
    [InlineData("El proyecto va bien, pero estoy cansado.")]
    [InlineData("Je veux finir le rapport avant vendredi.")]
    [InlineData("Ich will mehr Fokuszeit und weniger Meetings.")]
    public void Detect_EverydayWording_IsNotAConcern(string text)
    {
        Assert.Null(SafetyDetector.Detect(text));
    }
}
