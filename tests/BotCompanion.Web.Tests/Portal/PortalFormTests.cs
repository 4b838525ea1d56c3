using System.Net;
using BotCompanion.Core.Sharing;
using BotCompanion.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Web.Tests.Portal;

/// <summary>The portal's forms over HTTP with a signed-in coach: odd field names and ids are refused or ignored, never a 500.</summary>
public sealed class PortalFormTests : IDisposable
{
    private readonly BotHost _host = new();
    private readonly PortalBrowser _browser = new();

    public void Dispose()
    {
        _browser.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task FieldNamedWithBrokenBracketSyntax_IsIgnored()
    {
        await SignInAsync();

        using var posted = await _browser.PostAsync(_host.BaseAddress, "coach?handler=Notify", await _browser.FormTokenAsync(_host.BaseAddress, "coach"), new() { ["a[b"] = "x", ["c]]["] = "y" });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    [Theory]
    [InlineData("%09%0D%0A")]
    [InlineData("someone-else")]
    public async Task RecordingASessionForAnIdThatIsNotOneOfTheirs_Gets404(string id)
    {
        await SignInAsync();

        using var posted = await _browser.PostAsync(_host.BaseAddress, $"coach/executives/{id}?handler=Session", await _browser.FormTokenAsync(_host.BaseAddress, "coach"), new() { ["heldOn"] = "" });

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    private async Task SignInAsync()
    {
        var coaches = _host.Services.GetRequiredService<ICoachDirectory>();
        var coach = await coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await _browser.SignInAsync(_host.BaseAddress, await coaches.IssueSignInTokenAsync(coach.Id, TimeSpan.FromHours(1), default));
    }
}
