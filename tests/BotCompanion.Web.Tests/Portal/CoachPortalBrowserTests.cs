using BotCompanion.Core.Outcomes;
using Microsoft.Playwright;

namespace BotCompanion.Web.Tests.Portal;

/// <summary>
/// The whole path in a real browser (Debian's Chromium through Playwright): an executive shares a summary in chat,
/// their coach signs in with a single-use link and reads it; another coach cannot, not even by guessing the URL.
/// </summary>
public sealed class CoachPortalBrowserTests : BrowserBed
{
    private ICoachDirectory Coaches => Host.Services.GetRequiredService<ICoachDirectory>();

    [Fact]
    public async Task SharedSummary_IsSeenByTheCoach_AndRefusedToAnotherCoach()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var lee = await Coaches.CreateCoachAsync("lee@coaching.example", "Lee", default);
        await ExecutiveSharesAsync(sam.InviteCode);
        var dana = Assert.Single(await Coaches.ExecutivesOfAsync(sam.Id, default));

        var samPage = await SignedInAsync(sam);
        await samPage.GetByRole(AriaRole.Link, new() { Name = "Dana" }).ClickAsync();
        await Assertions.Expect(samPage.GetByRole(AriaRole.Heading, new() { Name = "Dana", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(samPage.GetByText("get better at delegating", new() { Exact = false }).First).ToBeVisibleAsync();
        Assert.DoesNotContain(dana.Id, await samPage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var leePage = await SignedInAsync(lee);
        await Assertions.Expect(leePage.GetByText("No executive has linked to you yet")).ToBeVisibleAsync();
        var guessed = await leePage.GotoAsync($"{Host.BaseAddress}coach/executives/{dana.Id}");
        Assert.Equal(404, guessed!.Status);
        Assert.DoesNotContain("delegating", await leePage.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposedFocus_IsSetAndWithdrawnOnTheExecutivesPage_AndOfferedInTheirChat()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await ExecutiveSharesAsync(sam.InviteCode);
        var dana = Assert.Single(await Coaches.ExecutivesOfAsync(sam.Id, default));
        var page = await SignedInAsync(sam);
        await page.GetByRole(AriaRole.Link, new() { Name = "Dana" }).ClickAsync();
        var section = page.Locator("section[aria-labelledby=focus-heading]");

        Assert.Equal(1, await section.Locator("form input[name=__RequestVerificationToken]").CountAsync());
        Assert.Equal("200", await page.GetByLabel("Suggest a focus", new() { Exact = false }).GetAttributeAsync("maxlength"));
        await page.GetByLabel("Suggest a focus", new() { Exact = false }).FillAsync("notice when you step in on your directors' decisions");
        await page.GetByLabel("Suggest a focus", new() { Exact = false }).PressAsync("Enter");
        await Assertions.Expect(section).ToContainTextAsync("You suggested: notice when you step in on your directors' decisions");
        var offer = await ChatAsync("Hello, one more thought about delegating");

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw focus" }).ClickAsync();
        await Assertions.Expect(section).Not.ToContainTextAsync("You suggested");

        Assert.Contains("Your coach suggested a focus", offer, StringComparison.Ordinal);
        Assert.Null(await Coaches.ProposedFocusAsync(sam.Id, dana.Id, default));
    }

    [Fact]
    public async Task SignInLink_WorksOnce()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var token = await Coaches.IssueSignInTokenAsync(sam.Id, TimeSpan.FromHours(1), default);
        await SignInAsync(await Chromium.Browser.NewPageAsync(), token);

        var second = await Chromium.Browser.NewPageAsync();
        await second.GotoAsync($"{Host.BaseAddress}coach/signin?token={token}");
        await second.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("used already or has expired");
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndThePortalAsksForSignInAgain()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var page = await SignedInAsync(sam);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/coach/signin**");
        var again = await page.GotoAsync($"{Host.BaseAddress}coach");

        Assert.Equal(200, again!.Status);
        Assert.Contains("/coach/signin", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordedSession_StartsThePreSessionBrief_SoOnlyWhatWasSharedSinceIsInIt()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await ExecutiveSharesAsync(sam.InviteCode);
        var dana = Assert.Single(await Coaches.ExecutivesOfAsync(sam.Id, default));
        var old = DateTimeOffset.UtcNow.AddDays(-10);
        await Coaches.ShareAsync(sam.Id, dana.Id, new SharedSummary("older-summary", old, old, "prepare the budget review", [], [], ""), default);

        var page = await SignedInAsync(sam);
        await page.GetByRole(AriaRole.Link, new() { Name = "Dana" }).ClickAsync();
        var brief = page.Locator("section[aria-labelledby=brief]");
        await Assertions.Expect(brief).ToContainTextAsync("prepare the budget review");
        await page.GetByLabel("Record a session held on").FillAsync(DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record session" }).ClickAsync();

        await Assertions.Expect(brief).ToContainTextAsync("Last session recorded");
        await Assertions.Expect(brief).ToContainTextAsync("get better at delegating");
        await Assertions.Expect(brief).Not.ToContainTextAsync("prepare the budget review");
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)), Assert.Single(await Coaches.ExecutivesOfAsync(sam.Id, default)).LastSessionOn);
    }

    [Fact]
    public async Task PortalPages_RequireSignIn_AndFormsCarryAnAntiforgeryToken()
    {
        var page = await Chromium.Browser.NewPageAsync();

        await page.GotoAsync($"{Host.BaseAddress}coach");

        Assert.EndsWith("/coach/signin", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await page.GotoAsync($"{Host.BaseAddress}coach/signin?token={await Coaches.IssueSignInTokenAsync(sam.Id, TimeSpan.FromHours(1), default)}");
        Assert.Equal(1, await page.Locator("form input[name=__RequestVerificationToken]").CountAsync());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("main").CountAsync());
    }

    [Fact]
    public async Task KeyboardFocus_IsVisibleWithAtLeast3To1Contrast_OnThePageAndInTheHeader()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var page = await SignedInAsync(sam);

        await page.GetByRole(AriaRole.Link, new() { Name = "BotCompanion for coaches" }).FocusAsync();
        var header = await FocusContrastAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get notices in Teams" }).FocusAsync();
        var main = await FocusContrastAsync(page);

        Assert.True(header >= 3, $"focus ring in the header: {header:0.0}:1");
        Assert.True(main >= 3, $"focus ring on the page: {main:0.0}:1");
    }

    [Fact]
    public async Task SharedProgress_IsAChartThatNeedsNoScript_WithATableOfItsFigures_LabelledAndReachedByKeyboard()
    {
        var sam = await Coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await ExecutiveSharesAsync(sam.InviteCode);
        var dana = Assert.Single(await Coaches.ExecutivesOfAsync(sam.Id, default));
        await SeedProgressAsync(sam.Id, dana.Id);
        var context = await Chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 900, Height = 1200 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, await Coaches.IssueSignInTokenAsync(sam.Id, TimeSpan.FromHours(1), default));

        await page.GotoAsync($"{Host.BaseAddress}coach/executives/{dana.Id}");

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Commitments by month: made, kept, partly kept and dropped" })).ToBeVisibleAsync();
        Assert.Equal(16, await page.Locator("section.progress svg rect").CountAsync());
        await Assertions.Expect(page.Locator("section.progress figcaption")).ToContainTextAsync("Made");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Commitments and sessions by month (the chart's figures)" });
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Partly kept" })).ToBeVisibleAsync();
        Assert.Equal(["3", "2", "1", "0", "2"], await table.GetByRole(AriaRole.Row).Filter(new() { HasText = "October 2026" }).Locator("td").AllInnerTextsAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Goal self-ratings over time (1–10)" })).ToContainTextAsync("delegate the board pack");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Usefulness of sessions (0–10)" })).ToContainTextAsync("9");
        var figures = page.GetByRole(AriaRole.Region, new() { Name = "Commitments and sessions by month (the chart's figures)" });
        var tabs = 0;
        while (tabs++ < 40 && !await figures.EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(tabs < 40, "Tab never reached the table of the chart's figures");
        await page.ScreenshotAsync(new() { Path = "/tmp/progress.png", FullPage = true });
    }

    /// <summary>Four months of figures as the executive's /progress share would have written them.</summary>
    private async Task SeedProgressAsync(string coachId, string executiveId)
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var figures = new ProgressFigures(
            at,
            7,
            [new(2026, 9, 2, 0, 0, 0, 1), new(2026, 10, 3, 2, 1, 0, 2), new(2026, 11, 2, 2, 0, 1, 3), new(2026, 12, 1, 1, 0, 0, 1)],
            [new("delegate the board pack", 4, at.AddDays(-60), "s1"), new("delegate the board pack", 7, at, "s7")],
            [new("s1", 6, at.AddDays(-60)), new("s7", 9, at)]);
        var store = Host.Services.GetRequiredService<IStateStore>();
        Assert.True(await store.TrySaveAsync(StateKeys.CoachProgress(coachId, executiveId), JsonSerializer.Serialize(figures, StateJson.Options), 0, default));
    }

    /// <summary>Contrast between the focused element's outline colour and the background behind it (WCAG 2.1 formula).</summary>
    private static async Task<double> FocusContrastAsync(IPage page) => await page.EvaluateAsync<double>("""
        () => {
          const el = document.activeElement;
          const rgb = c => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
          let bg = el.parentElement, back = 'rgba(0, 0, 0, 0)';
          while (bg && (back = getComputedStyle(bg).backgroundColor) === 'rgba(0, 0, 0, 0)') bg = bg.parentElement;
          if (!bg) back = 'rgb(255, 255, 255)';
          const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const a = lum(getComputedStyle(el).outlineColor), b = lum(back);
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        """);

    private async Task<IPage> SignedInAsync(Coach coach)
    {
        var context = await Chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, await Coaches.IssueSignInTokenAsync(coach.Id, TimeSpan.FromHours(1), default));
        return page;
    }

    private async Task SignInAsync(IPage page, string token)
    {
        await page.GotoAsync($"{Host.BaseAddress}coach/signin?token={token}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your executives" })).ToBeVisibleAsync();
    }

    private async Task<string> ChatAsync(string text)
    {
        using var client = Host.NewClient();
        using var response = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "dana-chat", text });
        response.EnsureSuccessStatusCode();
        return string.Join("\n", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
    }

    private async Task ExecutiveSharesAsync(string inviteCode)
    {
        using var client = Host.NewClient();
        foreach (var text in new[] { $"/coach-link {inviteCode} Dana", "I want to get better at delegating to my leadership team", "I keep taking work back when deadlines slip", "/done", "Share as is" })
        {
            using var response = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "dana-chat", text });
            response.EnsureSuccessStatusCode();
            var replies = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replies");
            Assert.True(replies.GetArrayLength() > 0);
        }
    }
}
