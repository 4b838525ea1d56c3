namespace BotCompanion.Core.Tests.Guard;

public class ReplyLanguageTests
{
    [Theory]
    [InlineData("What matters most to you about the board meeting?", "en")]
    [InlineData("OK", "en")]
    [InlineData("Priya", "en")]
    [InlineData("¿Qué es lo más importante para ti de la reunión?", "es")]
    [InlineData("Qu'est-ce qui compte le plus pour vous dans cette réunion ?", "fr")]
    [InlineData("Was ist Ihnen an dem Treffen am wichtigsten?", "de")]
    public void Of_ACoveredLanguage_NamesIt(string text, string language)
    {
        Assert.Equal(language, ReplyLanguage.Of(text));
    }

    [Theory]
    [InlineData("Dovresti annullare la metà delle tue riunioni e delegare il rapporto.")]
    [InlineData("Você deveria cancelar metade das suas reuniões, isso é muito importante.")]
    [InlineData("Je moet de helft van je vergaderingen afzeggen en het rapport delegeren.")]
    [InlineData("Вам следует отменить половину встреч.")]
    [InlineData("会議の半分をキャンセルするべきです。")]
    public void Of_AnotherLanguageOrScript_IsUncovered(string text)
    {
        Assert.Equal(ReplyLanguage.Uncovered, ReplyLanguage.Of(text));
    }

    [Fact]
    public void Score_AReplyInAnUncoveredLanguage_CannotPassAsCoaching()
    {
        var verdict = new DirectivenessGuard().Score("Che cosa è più importante per te in questo momento?");

        Assert.True(verdict.IsAdvice);
        Assert.Equal(DirectivenessGuard.UncoveredLanguageReason, verdict.Reason);
    }
}
