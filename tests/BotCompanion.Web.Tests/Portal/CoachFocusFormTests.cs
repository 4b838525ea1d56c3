namespace BotCompanion.Web.Tests.Portal;

/// <summary>The focus form on a coach's page for one executive, posted as the browser would (antiforgery token and all).</summary>
public sealed class CoachFocusFormTests : IDisposable
{
    private const string Focus = "notice when you step in on your directors' decisions";
    private readonly PortalBed _portal = new();

    public void Dispose() => _portal.Dispose();

    private ICoachDirectory Coaches => _portal.Coaches;

    [Fact]
    public async Task OneSentence_IsProposed_AndATooLongOrTwoLineOne_IsRefusedWith400()
    {
        var (sam, dana) = await LinkedAsync();
        await _portal.SignInAsync(sam);
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
        var lee = await _portal.NewCoachAsync("lee@coaching.example", "Lee");
        await _portal.SignInAsync(lee);

        using var proposed = await _portal.PostFormAsync("coach", $"coach/executives/{dana}?handler=Focus", new() { ["focus"] = "notice something else" });
        using var withdrawn = await _portal.PostFormAsync("coach", $"coach/executives/{dana}?handler=WithdrawFocus");

        Assert.Equal(HttpStatusCode.NotFound, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);
        Assert.Equal(Focus, (await Coaches.ProposedFocusAsync(sam.Id, dana, default))!.Text);
    }

    [Fact]
    public async Task AFocusPostedWithoutTheAntiforgeryToken_IsRefused()
    {
        var (sam, dana) = await LinkedAsync();
        await _portal.SignInAsync(sam);

        using var posted = await _portal.Browser.PostAsync(_portal.Host.BaseAddress, $"coach/executives/{dana}?handler=Focus", "", new() { ["focus"] = Focus });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Null(await Coaches.ProposedFocusAsync(sam.Id, dana, default));
    }

    private Task<HttpResponseMessage> PostFocusAsync(string path, string focus) =>
        _portal.PostFormAsync(path, path + "?handler=Focus", new() { ["focus"] = focus });

    private async Task<(Coach Sam, string Dana)> LinkedAsync()
    {
        var sam = await _portal.NewCoachAsync();
        await Coaches.LinkAsync(sam.Id, new LinkedExecutive("dana0001", "Dana", DateTimeOffset.UtcNow), default);
        return (sam, "dana0001");
    }
}
