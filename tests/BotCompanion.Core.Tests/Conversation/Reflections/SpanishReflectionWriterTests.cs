using BotCompanion.Core.Conversation.Reflections;
using BotCompanion.Core.Conversation.Understanding;

namespace BotCompanion.Core.Tests.Conversation.Reflections;

public class SpanishReflectionWriterTests
{
    private static readonly PhraseBank Phrases = PromptPackLoader.Load(RepoPaths.DefaultPack).Translations["es"].Phrases;

    private static Reflection? Write(string text) =>
        ReflectionWriter.Write(MessageReader.Read(text, "es"), Phrases, new ConversationTrack());

    [Theory]
    [InlineData("En parte es que no me fío de las cifras hasta que las reviso línea a línea.", "no te fías de las cifras hasta que las revisas línea a línea.")]
    [InlineData("Podría pedirle a Priya que se encargue de la parte financiera y revisar solo el resumen.", "podrías pedirle a Priya que se encargue de la parte financiera.")]
    [InlineData("Él quiere entrar un fondo ya y yo prefiero esperar a tener beneficios.", "tú prefieres esperar a tener beneficios.")]
    [InlineData("Quiero aprender a delegar el informe trimestral en mis directores.", "quieres aprender a delegar el informe trimestral en tus directores.")]
    [InlineData("Tengo que decidir si asciendo a Sara o si busco fuera a la nueva directora.", "te toca decidir si asciendes a Sara o si buscas fuera a la nueva directora.")]
    public void ASpanishStatement_IsSaidBackInTheSecondPerson(string text, string ending)
    {
        var reflection = Write(text)!;

        Assert.EndsWith(ending, reflection.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(mi|mis|me|yo)\b", reflection.Text);
    }

    [Fact]
    public void ASpanishTopic_IsSaidBack() =>
        Assert.EndsWith("quieres hablar de cómo estás llevando el cierre del trimestre.", Write("Quiero hablar de cómo estoy llevando el cierre del trimestre.")!.Text, StringComparison.Ordinal);

    [Fact]
    public void AnImpliedSpanishFeeling_IsAComplexReflectionThatNamesIt()
    {
        var reflection = Write("Ahora mismo reescribo yo cada diapositiva la noche antes de que salga el informe.")!;

        Assert.True(reflection.Complex);
        Assert.Contains("cansancio", reflection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASpanishObstacle_IsAComplexReflection() =>
        Assert.True(Write("Es que me cuesta soltar el control del informe.")!.Complex);

    [Theory]
    [InlineData("Nuestro equipo no llega a todo este trimestre.")]
    [InlineData("Desparramo las tareas sin ningún orden.")]
    [InlineData("Gracias, eso es todo por hoy.")]
    public void ASpanishMessageThatCannotBeSaidBackSafely_IsNotReflected(string text) =>
        Assert.Null(Write(text));
}
