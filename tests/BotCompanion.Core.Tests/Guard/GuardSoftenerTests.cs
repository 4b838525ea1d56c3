namespace BotCompanion.Core.Tests.Guard;

public class GuardSoftenerTests
{
    [Theory]
    [InlineData("You can switch to mentor mode with /mentor if you want a view on the budget.")]
    [InlineData("Would it help to talk through the launch together before you decide?")]
    [InlineData("You said you should probably delegate more.")]
    [InlineData("I see, you're exploring this out of curiosity, which is a great way to learn.")]
    public void Score_BotsOwnOfferPermissionOrTheirWords_IsNotAdvice(string text)
    {
        Assert.False(new DirectivenessGuard().Score(text).IsAdvice, text);
    }

    [Theory]
    [InlineData("You said I could share a thought, so: hire a part-time assistant.")]
    [InlineData("You wanted a suggestion, so here it is: moving the review is the right call.")]
    [InlineData("What have you got to lose by asking for the raise?")]
    public void Score_PermissionTheyGaveOrPersuasionAsAQuestion_IsStillAdvice(string text)
    {
        Assert.True(new DirectivenessGuard().Score(text).IsAdvice, text);
    }
}
