using System.Collections.Concurrent;

namespace Fuzz;

/// <summary>What one endpoint answered: how many requests, each status code, and samples of the ones that broke a property.</summary>
internal sealed class EndpointTally
{
    private int _requests;
    private int _unexpected5xx;
    private int _noAnswer;

    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public ConcurrentQueue<string> Samples { get; } = new();

    public int Requests => _requests;

    public int Unexpected5xx => _unexpected5xx;

    public int NoAnswer => _noAnswer;

    public void Answered(int status, bool allowed, Func<string> describe)
    {
        Interlocked.Increment(ref _requests);
        Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        if (!allowed)
        {
            Interlocked.Increment(ref _unexpected5xx);
            Sample(describe);
        }
    }

    public void Unanswered(Func<string> describe)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _noAnswer);
        Sample(describe);
    }

    private void Sample(Func<string> describe)
    {
        if (Samples.Count < 5)
        {
            Samples.Enqueue(describe());
        }
    }
}
