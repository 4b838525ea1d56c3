namespace BotCompanion.Web.Tests.Portal;

/// <summary>
/// Outcomes end to end: the executive rates a session and asks for /progress in the web chat (the real pipeline), and
/// their coach's page shows the figures only once the executive typed "/progress share".
/// </summary>
public sealed class ProgressPortalTests : IDisposable
{
    private readonly PortalBed _portal = new();

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task RatingAndProgress_InTheWebChat_ReachTheCoachsPage_OnlyAfterProgressShare()
    {
        var sam = await _portal.NewCoachAsync();
        await SayAsync($"/coach-link {sam.InviteCode} Dana");
        await SayAsync("I want to get better at delegating to my leadership team");
        await SayAsync("I keep taking work back when deadlines slip");
        await SayAsync("/done");
        var asked = await SayAsync("Keep private");
        var noted = await SayAsync("8");
        var progress = await SayAsync("/progress");
        var dana = Assert.Single(await _portal.Coaches.ExecutivesOfAsync(sam.Id, default));
        await _portal.SignInAsync(sam);
        var before = await _portal.PageAsync($"coach/executives/{dana.Id}");

        await SayAsync("/progress share");
        var after = await _portal.PageAsync($"coach/executives/{dana.Id}");

        Assert.Contains("how useful was this, 0–10?", asked[^1], StringComparison.Ordinal);
        Assert.Contains("noted: 8", noted[0], StringComparison.Ordinal);
        Assert.Contains("Sessions held: 1.", progress[0], StringComparison.Ordinal);
        Assert.Contains("Not shared.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Usefulness of sessions", before, StringComparison.Ordinal);
        Assert.Contains("Sessions held: 1.", after, StringComparison.Ordinal);
        Assert.Contains("Usefulness of sessions", after, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", after, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<List<string>> SayAsync(string text)
    {
        using var client = _portal.Host.NewClient();
        using var response = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "dana-chat", text });
        response.EnsureSuccessStatusCode();
        var replies = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replies");
        return [.. replies.EnumerateArray().Select(r => r.GetProperty("text").GetString()!)];
    }
}
