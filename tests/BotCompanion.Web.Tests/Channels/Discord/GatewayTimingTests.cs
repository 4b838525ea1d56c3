using Microsoft.Extensions.Time.Testing;

namespace BotCompanion.Web.Tests.Channels.Discord;

/// <summary>The Gateway worker's clock is a fake one here: heartbeat timing and zombie detection, step by step.</summary>
public sealed class GatewayTimingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private DiscordGatewayBed _bed = null!;

    public async Task InitializeAsync() => _bed = await DiscordGatewayBed.StartAsync(services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Heartbeats_ComeOncePerInterval_AfterAJitteredFirstOne_AndAMissedAckIsAZombieThatResumes()
    {
        var connection = await _bed.Gateway.NextConnectionAsync();
        await connection.HelloAsync(45_000);
        await connection.ExpectAsync(2);
        await connection.ReadyAsync(_bed.Gateway.Url, 7);

        // The clock has not moved: no heartbeat yet, however long the test waits in real time.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.ExpectAsync(1, TimeSpan.FromMilliseconds(400)));

        _time.Advance(TimeSpan.FromSeconds(45));
        var first = await connection.ExpectAsync(1);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.ExpectAsync(1, TimeSpan.FromMilliseconds(300)));
        _time.Advance(TimeSpan.FromSeconds(45));
        var second = await connection.ExpectAsync(1);
        Assert.Equal(7, first["d"]!.GetValue<int>());
        Assert.Equal(7, second["d"]!.GetValue<int>());

        connection.PlayDead = true;
        FakeGateway.Connection? next = null;
        for (var i = 0; i < 3 && next is null; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(45));
            try
            {
                next = await _bed.Gateway.NextConnectionAsync(TimeSpan.FromSeconds(2));
            }
            catch (OperationCanceledException)
            {
            }
        }

        Assert.NotNull(next);
        Assert.Contains(_bed.Logs.Entries, e => e.Event.Name == "DiscordZombie");
        await next.HelloAsync(45_000);
        var resume = await next.ExpectAsync(6);
        Assert.Equal(7, resume["d"]!["seq"]!.GetValue<int>());
        // The old socket's close may land after the new connection opens.
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(connection.ClientCloseCode);
        Assert.NotEqual(1000, connection.ClientCloseCode);
    }
}
