namespace BotCompanion.Web.Tests.Portal;

/// <summary>The portal's forms over HTTP with a signed-in coach: odd field names and ids are refused or ignored, never a 500.</summary>
public sealed class PortalFormTests : IDisposable
{
    private readonly PortalBed _portal = new();

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task FieldNamedWithBrokenBracketSyntax_IsIgnored()
    {
        await _portal.SignInAsync(await _portal.NewCoachAsync());

        using var posted = await _portal.PostFormAsync("coach", "coach?handler=Notify", new() { ["a[b"] = "x", ["c]]["] = "y" });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    [Theory]
    [InlineData("%09%0D%0A")]
    [InlineData("someone-else")]
    public async Task RecordingASessionForAnIdThatIsNotOneOfTheirs_Gets404(string id)
    {
        await _portal.SignInAsync(await _portal.NewCoachAsync());

        using var posted = await _portal.PostFormAsync("coach", $"coach/executives/{id}?handler=Session", new() { ["heldOn"] = "" });

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }
}
