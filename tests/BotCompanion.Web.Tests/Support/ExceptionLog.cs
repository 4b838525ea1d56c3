using System.Collections.Concurrent;

namespace BotCompanion.Web.Tests.Support;

/// <summary>Keeps every exception the host logs, so a failed fuzz run can say what went wrong inside.</summary>
public sealed class ExceptionLog : ILoggerProvider
{
    public ConcurrentQueue<Exception> Exceptions { get; } = new();

    /// <summary>Each kind of exception once: its type, message and where it was thrown.</summary>
    public IEnumerable<string> Distinct() => Exceptions
        .Select(e => $"{e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("BotCompanion", StringComparison.Ordinal))?.Trim()}")
        .Distinct(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    private sealed class Recorder(ExceptionLog owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null)
            {
                owner.Exceptions.Enqueue(exception);
            }
        }
    }
}
