namespace BotCompanion.Channels.Discord;

/// <summary>
/// One send at a time on the Gateway, within the send budget (110 events a minute, below Discord's 120), across
/// every connection of the worker.
/// </summary>
internal sealed class GatewaySendGate(TimeProvider time, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    // Used under _lock only.
    private readonly GatewaySendBudget _budget = new();

    public async Task SendAsync(Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_budget.Reserve(time.GetUtcNow()) is { Ticks: > 0 } wait)
            {
                DiscordGatewayLog.SendThrottled(logger, wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken);
            }

            await send(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
