using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.Slack.Support;

/// <summary>Every log line the app writes, formatted with its exception, to check what is never logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId Id, string Text)> lines = new();

    public IReadOnlyList<(EventId Id, string Text)> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Capture(lines);

    public void Dispose()
    {
    }

    private sealed class Capture(ConcurrentQueue<(EventId, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((eventId, formatter(state, exception) + " " + exception));
    }
}
