namespace BotCompanion.Web.Tests.Channels;

/// <summary>While a slow model thinks, the person keeps seeing the bot typing; the indicator never trails the reply.</summary>
public sealed class TypingIndicatorTests : IAsyncLifetime
{
    private TeamsBed _bed = null!;

    public async Task InitializeAsync() => _bed = await TeamsBed.StartAsync(services: services => SlowModel.Use(services, perReply: TimeSpan.FromSeconds(7), perChunk: TimeSpan.Zero));

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task SlowReply_TheTypingIndicatorIsRefreshedUntilTheReply_AndNoneComesAfterIt()
    {
        using var client = _bed.Host.NewClient();
        await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_bed.Connector.ServiceUrl, "I want to get better at delegating to my team.", id: "slow-1")));

        var types = new List<string>();
        while (!types.Contains("message"))
        {
            types.Add((await _bed.Connector.NextAnyAsync(TimeSpan.FromSeconds(30))).Activity.GetProperty("type").GetString()!);
        }

        while (types.Count(t => t == "message") < 2)
        {
            types.Add((await _bed.Connector.NextAnyAsync(TimeSpan.FromSeconds(30))).Activity.GetProperty("type").GetString()!);
        }

        await Task.Delay(3500);
        while (_bed.Connector.TryReadAny(out var late))
        {
            types.Add(late!.Activity.GetProperty("type").GetString()!);
        }

        Assert.True(types.TakeWhile(t => t == "typing").Count() >= 2, string.Join(", ", types));
        Assert.Equal("message", types[^1]);
    }
}
