namespace BotCompanion.Core.Tests.Guard.Cues;

public class SpanishAdviceTests
{
    private readonly SpanishAdvice _cue = new();

    [Theory]
    [InlineData("Usted debería hablar con la presidenta antes de la reunión.")]
    [InlineData("Te recomiendo delegar el informe.")]
    [InlineData("Tienes que poner el alcance por escrito.")]
    [InlineData("Quizás podrías reducir a cinco cigarrillos al día.")]
    [InlineData("¿Has pensado en renegociar la fecha?")]
    [InlineData("Ten cuidado con el presupuesto.")]
    public void Matches_SpanishAdvice_IsTrue(string text)
    {
        Assert.True(_cue.Matches(GuardSentence.From(text)), text);
    }

    [Theory]
    [InlineData("¿Qué te gustaría conseguir con esta conversación?")]
    [InlineData("Te preocupa la reunión del consejo.")]
    [InlineData("Dijiste que quizás podrías delegar el informe.")]
    [InlineData("¿Te parece bien que veamos algunas opciones?")]
    [InlineData("Debe ser difícil para ti.")]
    [InlineData("¿Qué podrías hacer con el proyecto?")]
    public void Score_ReflectionQuestionOrPermission_IsNotAdvice(string text) => CueAssert.IsNotAdvice(text);
}
