using System.Collections.Concurrent;
using ChatOpsAdvisor.Validation;

namespace ChatOpsAdvisor.Tests.Validation.Support;

/// <summary>An eval JSONL file in a temporary folder, deleted with the test.</summary>
public sealed class EvalFile : IDisposable
{
    public EvalFile(params string[] lines)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatops-eval-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(Path, lines);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}

/// <summary>A synchronous progress sink that keeps every report and can wait for a count.</summary>
public sealed class ProgressLog : IProgress<EvalProgress>
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> waiters = new();

    public ConcurrentQueue<EvalProgress> Reports { get; } = new();

    public void Report(EvalProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Reports.Enqueue(value);
        Waiter(value.Completed).TrySetResult();
    }

    /// <summary>Completes when the report with this running count has arrived.</summary>
    public Task Reached(int completed) => Waiter(completed).Task;

    private TaskCompletionSource Waiter(int completed) =>
        waiters.GetOrAdd(completed, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
