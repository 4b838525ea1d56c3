namespace BotCompanion.Web.Tests.Support;

/// <summary>One bot host and one coach's browser on it: coaches made in the host's directory, signed in with a single-use link.</summary>
public sealed class PortalBed : IDisposable
{
    public BotHost Host { get; } = new();

    public PortalBrowser Browser { get; } = new();

    public ICoachDirectory Coaches => Host.Services.GetRequiredService<ICoachDirectory>();

    public Task<Coach> NewCoachAsync(string email = "sam@coaching.example", string name = "Sam") =>
        Coaches.CreateCoachAsync(email, name, default);

    /// <summary>Signs <paramref name="coach"/> in on this bed's browser, as the sign-in link would.</summary>
    public async Task SignInAsync(Coach coach) =>
        await Browser.SignInAsync(Host.BaseAddress, await Coaches.IssueSignInTokenAsync(coach.Id, TimeSpan.FromHours(1), default));

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the antiforgery token of the form on <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string path, Dictionary<string, string>? fields = null) =>
        await Browser.PostAsync(Host.BaseAddress, path, await Browser.FormTokenAsync(Host.BaseAddress, formPage), fields);

    /// <summary>The page at <paramref name="path"/>, which must answer 200.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var page = await Browser.GetAsync(Host.BaseAddress, path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    public void Dispose()
    {
        Browser.Dispose();
        Host.Dispose();
    }
}
