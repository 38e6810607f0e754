using Microsoft.Extensions.AI;

namespace ChatOpsAdvisor.Validation;

/// <summary>
/// Runs an eval set against one or two candidates at once, at most
/// <see cref="EvalRunOptions.Concurrency"/> requests in flight per endpoint. Every item ends as an
/// answer or a recorded failure; the run itself only stops when the caller cancels it.
/// </summary>
/// <param name="clientFor">Makes the chat client for a candidate; null uses <see cref="CandidateChatClients"/>.</param>
public sealed class EvalRunner(TimeProvider time, Func<EvalCandidate, IChatClient>? clientFor = null)
{
    public const int MaxCandidates = 2;

    public async Task<EvalRunResult> RunAsync(
        EvalSet set, IReadOnlyList<EvalCandidate> candidates, EvalRunOptions options, IProgress<EvalProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        if (candidates.Count is 0 or > MaxCandidates)
        {
            throw new ArgumentException($"give one or {MaxCandidates} candidates", nameof(candidates));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        var counter = new Counter(set.Items.Count * candidates.Count);
        var runs = candidates.Select(c => RunCandidateAsync(set.Items, c, options, counter, progress, cancellationToken));
        var reports = await Task.WhenAll(runs).ConfigureAwait(false);
        var comparison = reports.Length == 2 ? PairedComparison.Of(reports[0], reports[1]) : null;
        return new EvalRunResult(set.Items.Count, reports, comparison, set.Skipped);
    }

    private async Task<CandidateReport> RunCandidateAsync(
        IReadOnlyList<EvalItem> items, EvalCandidate candidate, EvalRunOptions options, Counter counter, IProgress<EvalProgress>? progress, CancellationToken cancellationToken)
    {
        // Clients made here are disposed here; injected ones belong to whoever made them.
        var owned = clientFor is null;
        var client = clientFor?.Invoke(candidate) ?? CandidateChatClients.Create(candidate, options.RequestTimeout + TimeSpan.FromSeconds(5));
        try
        {
            using var gate = new SemaphoreSlim(options.Concurrency);
            var chatOptions = new ChatOptions { ModelId = candidate.Model, Temperature = options.Temperature };
            var outcomes = await Task.WhenAll(items.Select(async item =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var outcome = await EvalRequest.SendAsync(client, item, chatOptions, options.RequestTimeout, time, cancellationToken).ConfigureAwait(false);
                    progress?.Report(new EvalProgress(counter.Next(), counter.Total, candidate.Name, item.Id, outcome.Correct, outcome.Failure));
                    return outcome;
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);
            return CandidateReport.Of(candidate, outcomes);
        }
        finally
        {
            if (owned)
            {
                client.Dispose();
            }
        }
    }

    private sealed class Counter(int total)
    {
        private int completed;

        public int Total => total;

        public int Next() => Interlocked.Increment(ref completed);
    }
}
