using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>One log entry, formatted, with the exception's type and message and the active scopes.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception, string Scopes)
{
    public string Everything => $"{Message} {Exception} {Scopes}";
}

/// <summary>A logger provider that keeps every entry, to assert on event ids, scopes and what is never logged.</summary>
public sealed class RecordingLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Recorder(RecordingLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeText = new List<string>();
            owner.scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopeText);
            owner.entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception, string.Join(" | ", scopeText)));
        }
    }
}
