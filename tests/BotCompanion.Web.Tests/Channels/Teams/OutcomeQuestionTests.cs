namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>The outcome question and /progress in Teams: Bot Framework activities in, Connector calls out.</summary>
public sealed class OutcomeQuestionTests : IAsyncLifetime
{
    private TeamsBed _bed = null!;

    public async Task InitializeAsync() => _bed = await TeamsBed.StartAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Done_InTeams_AsksHowUsefulWithASkipButton_AndProgressShowsTheScore()
    {
        await SendAsync("I want to get better at delegating to my leadership team", "?");
        await SendAsync("I keep taking work back when deadlines slip", "?");

        var question = await SendAsync("/done", "how useful was this");
        var noted = await SendAsync("7", "noted");
        var progress = await SendAsync("/progress", "Your progress");

        // A reply with a button travels as an Adaptive Card: the question in its body, Skip as its action.
        var card = question.Activity.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains(card.GetProperty("body").EnumerateArray(), b => b.GetProperty("text").GetString()!.Contains("how useful was this, 0–10?", StringComparison.Ordinal));
        Assert.Equal(["Skip"], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Contains("noted: 7", noted.Text, StringComparison.Ordinal);
        Assert.Contains("Sessions held: 1.", progress.Text, StringComparison.Ordinal);
        Assert.Contains(": 7", progress.Text, StringComparison.Ordinal);
    }

    /// <summary>Sends a message and returns the first reply containing <paramref name="expected"/>, skipping the others of the turn.</summary>
    private async Task<ConnectorStub.Received> SendAsync(string text, string expected)
    {
        using var client = _bed.Host.NewClient();
        (await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_bed.Connector.ServiceUrl, text, "a:outcomes")))).EnsureSuccessStatusCode();
        for (var i = 0; i < 6; i++)
        {
            var reply = await _bed.Connector.NextMessageAsync();
            if (reply.Activity.GetRawText().Contains(expected, StringComparison.Ordinal))
            {
                return reply;
            }
        }

        throw new Xunit.Sdk.XunitException($"no reply to \"{text}\" contained \"{expected}\"");
    }
}
