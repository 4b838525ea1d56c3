using BotCompanion.Core.Text;

namespace BotCompanion.Core.Tests.Text;

public class SpanishPersonTests
{
    [Theory]
    [InlineData("no me fío de las cifras hasta que las reviso línea a línea", "no te fías de las cifras hasta que las revisas línea a línea")]
    [InlineData("Ahora mismo reescribo yo cada diapositiva", "Ahora mismo reescribes tú cada diapositiva")]
    [InlineData("Podría pedirle a Priya que se encargue de la parte financiera", "Podrías pedirle a Priya que se encargue de la parte financiera")]
    [InlineData("quiero aprender a delegar el informe en mis directores", "quieres aprender a delegar el informe en tus directores")]
    [InlineData("ayer hablé con mi jefe y no supe qué decir", "ayer hablaste con tu jefe y no supiste qué decir")]
    [InlineData("me cuesta delegar en mi equipo", "te cuesta delegar en tu equipo")]
    [InlineData("pienso que el equipo sabía la respuesta", "piensas que el equipo sabía la respuesta")]
    [InlineData("tengo miedo de perder el control", "tienes miedo de perder el control")]
    [InlineData("dirijo un equipo de doce personas", "diriges un equipo de doce personas")]
    public void AFirstPersonClause_IsSaidInTheSecondPerson(string clause, string expected) =>
        Assert.Equal(expected, SpanishPerson.SecondPerson(clause));

    [Theory]
    [InlineData("nuestro equipo no llega")]
    [InlineData("tú sabes cómo es esto")]
    [InlineData("tenía que decidirlo pronto")]
    [InlineData("desparramo las tareas sin orden")]
    [InlineData("no sé lo que quería decir")]
    public void AClauseThatCannotBeTurnedSafely_IsRefused(string clause) =>
        Assert.Null(SpanishPerson.SecondPerson(clause));
}
