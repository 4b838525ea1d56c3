using System.Net;
using BotCompanion.Core.Sharing;
using BotCompanion.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Web.Tests.Portal;

/// <summary>The focus form on a coach's page for one executive, posted as the browser would (antiforgery token and all).</summary>
public sealed class CoachFocusFormTests : IDisposable
{
    private const string Focus = "notice when you step in on your directors' decisions";
    private readonly BotHost _host = new();
    private readonly PortalBrowser _browser = new();

    public void Dispose()
    {
        _browser.Dispose();
        _host.Dispose();
    }

    private ICoachDirectory Coaches => _host.Services.GetRequiredService<ICoachDirectory>();

    [Fact]
    public async Task OneSentence_IsProposed_AndATooLongOrTwoLineOne_IsRefusedWith400()
    {
        var (sam, dana) = await LinkedAsync();
        await SignInAsync(sam);
        var path = $"coach/executives/{dana}";

        using var tooLong = await PostFocusAsync(path, new string('a', ProposedFocus.MaxLength + 1));
        using var twoLines = await PostFocusAsync(path, "notice this\nand that");
        Assert.Null(await Coaches.ProposedFocusAsync(sam.Id, dana, default));
        using var proposed = await PostFocusAsync(path, Focus);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("nothing was changed", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, twoLines.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(Focus, (await Coaches.ProposedFocusAsync(sam.Id, dana, default))!.Text);
    }

    [Fact]
    public async Task AnotherCoach_GetsNotFound_ForProposingOrWithdrawing()
    {
        var (sam, dana) = await LinkedAsync();
        await Coaches.ProposeFocusAsync(sam.Id, dana, Focus, default);
        var lee = await Coaches.CreateCoachAsync("lee@coaching.example", "Lee", default);
        await SignInAsync(lee);
        var token = await _browser.FormTokenAsync(_host.BaseAddress, "coach");

        using var proposed = await _browser.PostAsync(_host.BaseAddress, $"coach/executives/{dana}?handler=Focus", token, new() { ["focus"] = "notice something else" });
        using var withdrawn = await _browser.PostAsync(_host.BaseAddress, $"coach/executives/{dana}?handler=WithdrawFocus", token);

        Assert.Equal(HttpStatusCode.NotFound, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);
        Assert.Equal(Focus, (await Coaches.ProposedFocusAsync(sam.Id, dana, default))!.Text);
    }

    [Fact]
    public async Task AFocusPostedWithoutTheAntiforgeryToken_IsRefused()
    {
        var (sam, dana) = await LinkedAsync();
        await SignInAsync(sam);

        using var posted = await _browser.PostAsync(_host.BaseAddress, $"coach/executives/{dana}?handler=Focus", "", new() { ["focus"] = Focus });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Null(await Coaches.ProposedFocusAsync(sam.Id, dana, default));
    }

    private async Task<HttpResponseMessage> PostFocusAsync(string path, string focus) =>
        await _browser.PostAsync(_host.BaseAddress, path + "?handler=Focus", await _browser.FormTokenAsync(_host.BaseAddress, path), new() { ["focus"] = focus });

    private async Task SignInAsync(Coach coach) =>
        await _browser.SignInAsync(_host.BaseAddress, await Coaches.IssueSignInTokenAsync(coach.Id, TimeSpan.FromHours(1), default));

    private async Task<(Coach Sam, string Dana)> LinkedAsync()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await Coaches.LinkAsync(sam.Id, new LinkedExecutive("dana0001", "Dana", DateTimeOffset.UtcNow), default);
        return (sam, "dana0001");
    }
}
