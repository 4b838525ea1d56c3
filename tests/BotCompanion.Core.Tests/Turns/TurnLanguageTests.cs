namespace BotCompanion.Core.Tests.Turns;

public class TurnLanguageTests
{
    [Fact]
    public async Task ASpanishLocale_GetsTheWelcomeAndTheQuestionsInSpanish()
    {
        await using var coach = new CoachHarness { Locale = "es-ES" };

        var reply = await coach.SayAsync("Quiero aprender a delegar mejor en mi equipo.");

        Assert.Contains("acompañante de coaching", reply, StringComparison.Ordinal);
        Assert.Contains("¿", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("coaching companion", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpanishSessionsSummaryAndMentorAdvice_AreWrittenInSpanish()
    {
        await using var coach = new CoachHarness { Locale = "es-ES" };
        await coach.SayAsync("/mentor");
        var advice = await coach.SayAsync("¿Cómo delego sin perder el control?");
        await coach.SayAsync("/coach");
        await coach.SayAsync("Voy a delegar el informe semanal a Ana el viernes.");
        await coach.SayAsync("Sí.");

        var summary = await coach.SayAsync("/done");

        Assert.Contains("Desde la experiencia", advice, StringComparison.Ordinal);
        Assert.DoesNotContain("From experience", advice, StringComparison.Ordinal);
        Assert.Contains("Te tomaste un tiempo para reflexionar. Te llevas un compromiso, con tus palabras.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("You left with", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishSummary_CountsThePersonsPointsInWords_WithoutAPluralPlaceholder()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("I want to prepare my first board presentation.");
        await coach.SayAsync("I realise I'm nervous because the chair challenged me last time.");
        await coach.SayAsync("The numbers are solid, but the story is not there yet.");

        var summary = await coach.SayAsync("/done");

        Assert.DoesNotContain("(s)", summary, StringComparison.Ordinal);
        Assert.Matches(@"You named (one point|\d+ points) of your own about where things stand\. You chose not to set a commitment this time\.", summary);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-MX")]
    [InlineData("ES_es")]
    public async Task AnyFormOfASpanishLocale_ChoosesSpanish(string locale)
    {
        await using var coach = new CoachHarness { Locale = locale };

        Assert.Contains("Comandos:", await coach.SayAsync("/help"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-GB")]
    [InlineData(null)]
    public async Task ALanguageThePackDoesNotSpeak_GetsEnglish(string? locale)
    {
        await using var coach = new CoachHarness { Locale = locale };

        Assert.StartsWith("Commands:", await coach.SayAsync("/help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATenantsLanguage_WinsOverTheMessagesLocale()
    {
        await using var coach = new CoachHarness(settings: new() { ["Prompts:TenantLanguages:tenant-es"] = "es" }) { TenantId = "tenant-es", Locale = "en-US" };

        Assert.Contains("Comandos:", await coach.SayAsync("/help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonsOwnChoice_WinsOverTheTenantAndTheLocale()
    {
        await using var coach = new CoachHarness(settings: new() { ["Prompts:TenantLanguages:tenant-es"] = "es" }) { TenantId = "tenant-es", Locale = "es-ES" };

        var fixedReply = await coach.SayAsync("/language en");
        var help = await coach.SayAsync("/help");

        Assert.StartsWith("From now on I'll speak English", fixedReply, StringComparison.Ordinal);
        Assert.StartsWith("Commands:", help, StringComparison.Ordinal);
        Assert.Equal("en", (await coach.StateAsync()).Coaching.Language);
    }

    [Fact]
    public async Task LanguageAuto_FollowsTheChannelAgain()
    {
        await using var coach = new CoachHarness { Locale = "es-ES" };
        await coach.SayAsync("/language en");

        var auto = await coach.SayAsync("/language auto");

        Assert.Contains("español", auto, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Language);
        Assert.Contains("Comandos:", await coach.SayAsync("/help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALanguageThePackCannotSpeak_IsRefusedAndNamesTheOnesItCan()
    {
        await using var coach = new CoachHarness();

        var reply = await coach.SayAsync("/language fr");

        Assert.Contains("\"fr\"", reply, StringComparison.Ordinal);
        Assert.Contains("en, es", reply, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Language);
    }

    [Fact]
    public async Task ForgetInSpanish_ConfirmsWithTheSpanishWordsAndRemovesTheChosenLanguage()
    {
        await using var coach = new CoachHarness();
        await coach.SayAsync("/language es");

        var confirm = await coach.SendAsync("/forget");
        var done = await coach.SayAsync("sí, olvídame");

        Assert.Contains("sí, olvídame", confirm.Replies[0].SuggestedActions);
        Assert.StartsWith("Hecho.", done, StringComparison.Ordinal);
        Assert.Null((await coach.StateAsync()).Coaching.Language);
    }

    [Fact]
    public async Task ASpanishSession_ReadsBackTheCommitmentInSpanishWithItsDate()
    {
        await using var coach = new CoachHarness(timeZone: "Europe/Madrid") { Locale = "es-ES" };

        await coach.SayAsync("Quiero aprender a delegar más en mi equipo de dirección.");
        await coach.SayAsync("Ahora mismo reviso yo todos los informes antes de que salgan.");
        var readBack = await coach.SayAsync("Voy a hablar con mi equipo sobre los informes el viernes.");
        var saved = await coach.SayAsync("sí");

        Assert.Contains("vas a hablar con tu equipo sobre los informes", readBack, StringComparison.Ordinal);
        Assert.Contains("para el viernes 27 de noviembre", readBack, StringComparison.Ordinal);
        Assert.StartsWith("Guardado, para el viernes", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpanishRequestForAdvice_GetsTheBoundaryAndAQuestionInSpanish()
    {
        await using var coach = new CoachHarness { Locale = "es-ES" };
        await coach.SayAsync("Tengo que decidir si reestructuro el equipo comercial.");

        var reply = await coach.SendAsync("¿Qué harías tú?");

        var text = string.Join(" ", reply.Replies.Select(r => r.Text));
        Assert.Contains("/mentor", text, StringComparison.Ordinal);
        Assert.Contains("¿", text, StringComparison.Ordinal);
        Assert.DoesNotContain("deberías", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ASpanishFeeling_IsAcknowledgedByItsName()
    {
        await using var coach = new CoachHarness { Locale = "es-ES" };
        await coach.SayAsync("Quiero hablar de cómo llevo el cierre del trimestre.");

        var reply = await coach.SayAsync("Estoy muy agobiada, no llego a todo.");

        Assert.Contains("agobio", reply, StringComparison.Ordinal);
    }
}
