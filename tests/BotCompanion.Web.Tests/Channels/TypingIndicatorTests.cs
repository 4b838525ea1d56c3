using BotCompanion.Web.Tests.Support;

namespace BotCompanion.Web.Tests.Channels;

/// <summary>While a slow model thinks, the person keeps seeing the bot typing; the indicator never trails the reply.</summary>
public sealed class TypingIndicatorTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _bot = new BotHost(services: services => SlowModel.Use(services, perReply: TimeSpan.FromSeconds(7), perChunk: TimeSpan.Zero));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task SlowReply_TheTypingIndicatorIsRefreshedUntilTheReply_AndNoneComesAfterIt()
    {
        using var client = _bot.NewClient();
        await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "I want to get better at delegating to my team.", id: "slow-1")));

        var types = new List<string>();
        while (!types.Contains("message"))
        {
            types.Add((await _connector.NextAnyAsync(TimeSpan.FromSeconds(30))).Activity.GetProperty("type").GetString()!);
        }

        while (types.Count(t => t == "message") < 2)
        {
            types.Add((await _connector.NextAnyAsync(TimeSpan.FromSeconds(30))).Activity.GetProperty("type").GetString()!);
        }

        await Task.Delay(3500);
        while (_connector.TryReadAny(out var late))
        {
            types.Add(late!.Activity.GetProperty("type").GetString()!);
        }

        Assert.True(types.TakeWhile(t => t == "typing").Count() >= 2, string.Join(", ", types));
        Assert.Equal("message", types[^1]);
    }
}
