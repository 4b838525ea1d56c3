namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>
/// A slowly written mentor reply in a 1:1 chat is streamed (streaming typing activities, cumulative text, rising
/// sequence) and closed by the final message carrying the stream id. Coaching replies are never streamed: the guard
/// must judge them whole first.
/// </summary>
public sealed class StreamingReplyTests : IAsyncLifetime
{
    private TeamsBed _bed = null!;

    public async Task InitializeAsync() => _bed = await TeamsBed.StartAsync(services: services => SlowModel.Use(services, perReply: TimeSpan.FromMilliseconds(960), perChunk: TimeSpan.FromMilliseconds(120)));

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task SlowMentorReply_IsStreamed_ThenFinalisedWithTheStreamId()
    {
        await SayAsync("I want to prepare for my first board meeting.", "s-1");
        await SayAsync("/mentor", "s-2");
        // The coaching reply takes a second and the mentor switch waits behind it: both must be in before s-3.
        while ((await _bed.Connector.NextMessageAsync(TimeSpan.FromSeconds(60))).Activity.GetProperty("replyToId").GetString() != "s-2")
        {
        }

        Drain();

        await SayAsync("How do experienced CEOs run their first board meeting?", "s-3");
        var streamed = new List<JsonElement>();
        JsonElement final;
        while (true)
        {
            var activity = (await _bed.Connector.NextAnyAsync(TimeSpan.FromSeconds(60))).Activity;
            if (activity.GetProperty("type").GetString() == "message")
            {
                final = activity;
                break;
            }

            if (StreamInfo(activity) is { } info && info.GetProperty("streamType").GetString() == "streaming")
            {
                streamed.Add(activity);
            }
        }

        Assert.True(streamed.Count >= 2, $"{streamed.Count} streaming updates");
        var sequences = streamed.Select(a => StreamInfo(a)!.Value.GetProperty("streamSequence").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
        var texts = streamed.Select(a => a.GetProperty("text").GetString()!).ToList();
        Assert.All(texts, t => Assert.StartsWith("[Mentor mode", t, StringComparison.Ordinal));
        Assert.True(texts.Zip(texts.Skip(1)).All(p => p.Second.StartsWith(p.First, StringComparison.Ordinal)), "each update carries the text so far");
        var finalInfo = StreamInfo(final)!.Value;
        Assert.Equal("final", finalInfo.GetProperty("streamType").GetString());
        Assert.False(string.IsNullOrEmpty(finalInfo.GetProperty("streamId").GetString()));
        Assert.Equal(finalInfo.GetProperty("streamId").GetString(), final.GetProperty("id").GetString());
    }

    [Fact]
    public async Task SlowCoachingReply_IsNeverStreamed()
    {
        await SayAsync("I want to prepare for my first board meeting.", "c-1");

        var types = new List<JsonElement>();
        while (types.Count(a => a.GetProperty("type").GetString() == "message") < 2)
        {
            types.Add((await _bed.Connector.NextAnyAsync(TimeSpan.FromSeconds(60))).Activity);
        }

        Assert.All(types, a => Assert.Null(StreamInfo(a)));
    }

    private async Task SayAsync(string text, string id)
    {
        using var client = _bed.Host.NewClient();
        (await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_bed.Connector.ServiceUrl, text, id: id)))).EnsureSuccessStatusCode();
    }

    private void Drain()
    {
        for (var i = 0; i < 400; i++)
        {
            Thread.Sleep(25);
            if (!_bed.Connector.TryPeek() && i > 40)
            {
                return;
            }

            while (_bed.Connector.TryReadAny(out _))
            {
            }
        }
    }

    private static JsonElement? StreamInfo(JsonElement activity) =>
        activity.TryGetProperty("entities", out var entities)
            ? entities.EnumerateArray().Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "streaminfo").Select(e => (JsonElement?)e).FirstOrDefault()
            : null;
}
