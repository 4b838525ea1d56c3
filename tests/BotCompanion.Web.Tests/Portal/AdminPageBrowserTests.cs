using Microsoft.Playwright;

namespace BotCompanion.Web.Tests.Portal;

/// <summary>The pack admin page in Chromium: admins see packs, validation and eval figures; other coaches are refused.</summary>
public sealed class AdminPageBrowserTests : BrowserBed
{
    private readonly string _reports = Directory.CreateTempSubdirectory("evals").FullName;

    protected override BotHost StartHost() =>
        new(new() { ["Portal:Admins:0"] = "admin@coaching.example", ["Portal:EvalReports"] = _reports });

    public override async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_reports, "default.json"), """
            {"pack":"default@1.0.0#abc","packDirectory":"prompts/default","scenarios":35,
             "figures":{"advicePer100CoachingReplies":0,"reflectionToQuestionRatio":0.97,"questionsPerReply":0.99,"userWordShare":0.33,"commitmentCaptureRate":1,"safetyReplyRate":1},
             "thresholds":{},"failures":[],"violations":[{"threshold":"minUserWordShare","limit":0.5,"actual":0.33,"message":"share of user words is 0.33, below the pack's minimum of 0.5"}]}
            """);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_reports, recursive: true);
    }

    [Fact]
    public async Task Admin_SeesEachPacksVersionValidationUsageAndEvalFigures()
    {
        var page = await SignedInAsync("admin@coaching.example");

        await page.GotoAsync($"{Host.BaseAddress}admin");

        var section = page.GetByRole(AriaRole.Region, new() { Name = "default" });
        await Assertions.Expect(section).ToContainTextAsync("1.0.0");
        await Assertions.Expect(section).ToContainTextAsync("Valid.");
        await Assertions.Expect(section).ToContainTextAsync("everyone else (default)");
        await Assertions.Expect(section.GetByRole(AriaRole.Row, new() { Name = "Reflection-to-question ratio" })).ToContainTextAsync("0.97");
        await Assertions.Expect(section).ToContainTextAsync("below the pack's minimum of 0.5");
    }

    [Fact]
    public async Task CoachWhoIsNotAnAdmin_IsRefused()
    {
        var page = await SignedInAsync("sam@coaching.example");

        var response = await page.GotoAsync($"{Host.BaseAddress}admin");

        Assert.DoesNotContain("Prompt packs", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/coach/signin", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.NotNull(response);
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var coaches = Host.Services.GetRequiredService<ICoachDirectory>();
        var coach = await coaches.CreateCoachAsync(email, email.Split('@')[0], default);
        var page = await (await Chromium.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync($"{Host.BaseAddress}coach/signin?token={await coaches.IssueSignInTokenAsync(coach.Id, TimeSpan.FromHours(1), default)}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your executives" })).ToBeVisibleAsync();
        return page;
    }
}
