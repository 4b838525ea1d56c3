using CsCheck;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// A fixed share of a generator: the same requests for the same seed on every run and
/// machine (CsCheck's own sampling seeds only its first iteration), sent with a few at a time in flight.
/// </summary>
public static class FuzzRun
{
    public static IEnumerable<T> Requests<T>(Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++)
        {
            yield return gen.Generate(pcg, null!, out _);
        }
    }

    /// <summary>Runs <paramref name="send"/> over every request, at most <paramref name="parallel"/> at once.</summary>
    public static Task SendAllAsync<T>(IEnumerable<T> requests, int parallel, Func<T, CancellationToken, ValueTask> send, CancellationToken cancellationToken = default) =>
        Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, send);
}
