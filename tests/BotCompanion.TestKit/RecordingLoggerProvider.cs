using System.Collections.Concurrent;

namespace BotCompanion.TestKit;

/// <summary>Keeps every formatted log line at <paramref name="least"/> or above, and the exceptions logged with them, to assert what is (and is not) logged.</summary>
public sealed class RecordingLoggerProvider(LogLevel least = LogLevel.Debug) : ILoggerProvider
{
    public LogLevel Least { get; } = least;

    public ConcurrentQueue<(LogLevel Level, EventId Event, string Message)> Entries { get; } = new();

    public ConcurrentQueue<Exception> Exceptions { get; } = new();

    /// <summary>Each kind of logged exception once: its type, message and where in the product it was thrown.</summary>
    public IEnumerable<string> DistinctExceptions() => Exceptions
        .Select(e => $"{e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("BotCompanion", StringComparison.Ordinal))?.Trim()}")
        .Distinct(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    private sealed class Recorder(RecordingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.Least;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner.Entries.Enqueue((logLevel, eventId, formatter(state, exception)));
            if (exception is not null)
            {
                owner.Exceptions.Enqueue(exception);
            }
        }
    }
}
