using BotCompanion.Core.Commitments;
using BotCompanion.Core.Conversation.Understanding;

namespace BotCompanion.Core.Tests.Conversation.Understanding;

public class SpanishMessageReaderTests
{
    [Theory]
    [InlineData("¿Qué harías tú?")]
    [InlineData("Y tú, ¿qué harías en mi lugar?")]
    [InlineData("¿Qué debería hacer con él?")]
    [InlineData("Dime qué hago, por favor.")]
    [InlineData("Dame un consejo.")]
    [InlineData("¿Qué me recomiendas?")]
    [InlineData("¿Es buena idea despedirlo ya?")]
    [InlineData("¿Debo decírselo al consejo?")]
    [InlineData("Quiero tu opinión sincera.")]
    [InlineData("Dime simplemente cuál elegirías.")]
    public void ASpanishRequestForDirection_IsRecognised(string text) =>
        Assert.True(MessageReader.Read(text, "es").Has(MessageAct.RequestForDirection));

    [Theory]
    [InlineData("Me cuesta delegar en mi equipo de dirección.")]
    [InlineData("Ayer tuve una reunión larga con el consejo.")]
    public void ASpanishStatement_IsNotARequest(string text) =>
        Assert.False(MessageReader.Read(text, "es").Has(MessageAct.RequestForDirection));

    [Theory]
    [InlineData("Estoy muy agobiada con todo lo que tengo encima.", "agobio")]
    [InlineData("Me siento frustrado porque nadie me escucha.", "frustración")]
    [InlineData("La verdad es que estoy cansadísimo y cansado de esto.", "cansancio")]
    public void ASpanishFeeling_IsNamedByItsNoun(string text, string feeling) =>
        Assert.Equal(feeling, MessageReader.Read(text, "es").Feeling?.Name);

    [Fact]
    public void ANegatedSpanishFeeling_IsNoFeeling() =>
        Assert.Null(MessageReader.Read("Ya no estoy agobiado, va mejor.", "es").Feeling);

    [Fact]
    public void ASpanishCommitment_IsReadWithItsActionAndDate()
    {
        var reading = MessageReader.Read("Vale, voy a hablar con mi equipo el viernes.", "es");
        var draft = CommitmentParser.Parse("Vale, voy a hablar con mi equipo el viernes.", new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.True(reading.Has(MessageAct.Commitment));
        Assert.Equal("hablar con mi equipo", draft.Action);
        Assert.Equal(new DateTime(2026, 11, 27), draft.Due?.Date);
    }

    [Theory]
    [InlineData("Gracias, eso es todo por hoy.", MessageAct.Closing)]
    [InlineData("Hola, buenos días.", MessageAct.Greeting)]
    public void SpanishGreetingsAndClosings_AreRecognised(string text, MessageAct act) =>
        Assert.True(MessageReader.Read(text, "es").Has(act));

    [Theory]
    [InlineData("Quiero aprender a delegar el informe trimestral en mis directores.", MessageAct.Goal)]
    [InlineData("Podría pedirle a Priya que se encargue de la parte financiera.", MessageAct.Option)]
    [InlineData("En parte es que no me fío de las cifras hasta que las reviso.", MessageAct.Obstacle)]
    [InlineData("Me quedo con la reunión del viernes.", MessageAct.Choice)]
    [InlineData("Tengo un equipo de doce personas y me cuesta soltar el control.", MessageAct.Situation)]
    public void ASpanishStatement_IsReadForWhatItDoes(string text, MessageAct act) =>
        Assert.True(MessageReader.Read(text, "es").Has(act));

    [Fact]
    public void ASpanishPositionInADisagreement_IsNotAChoiceAmongOptions() =>
        Assert.False(MessageReader.Read("Él quiere entrar un fondo ya y yo prefiero esperar a tener beneficios.", "es").Has(MessageAct.Choice));

    [Fact]
    public void ASpanishRequest_IsNotAlsoReadAsAStatement() =>
        Assert.False(MessageReader.Read("¿Qué harías tú en mi lugar?", "es").IsStatement);
}
