using System.Text.RegularExpressions;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// A coach's browser without a browser: one cookie jar for every host on 127.0.0.1 (cookies ignore ports), forms
/// read with their antiforgery token, redirects not followed so each answer can be checked.
/// </summary>
public sealed partial class PortalBrowser : IDisposable
{
    private readonly HttpClient _http;

    public PortalBrowser() => _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false });

    public CookieContainer Cookies { get; } = new();

    public Task<HttpResponseMessage> GetAsync(Uri host, string path) => _http.GetAsync(new Uri(host, path));

    /// <summary>The antiforgery token of the first form on the page <paramref name="path"/> of <paramref name="host"/>.</summary>
    public async Task<string> FormTokenAsync(Uri host, string path)
    {
        using var page = await _http.GetAsync(new Uri(host, path));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return VerificationToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    public Task<HttpResponseMessage> PostAsync(Uri host, string path, string antiforgeryToken, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = antiforgeryToken };
        return _http.PostAsync(new Uri(host, path), new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in on <paramref name="host"/> with a single-use link token, as the sign-in page's button does.</summary>
    public async Task SignInAsync(Uri host, string linkToken)
    {
        var path = "coach/signin?token=" + Uri.EscapeDataString(linkToken);
        using var signedIn = await PostAsync(host, path, await FormTokenAsync(host, path), new() { ["token"] = linkToken });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/coach", signedIn.Headers.Location?.OriginalString);
    }

    /// <summary>True when <paramref name="host"/> shows the signed-in portal rather than sending to sign-in.</summary>
    public async Task<bool> IsSignedInAsync(Uri host)
    {
        using var portal = await _http.GetAsync(new Uri(host, "coach"));
        return portal.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex VerificationToken();
}
