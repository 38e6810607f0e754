using Microsoft.Extensions.Options;

namespace ChatOpsAdvisor.Slack.Work;

/// <summary>
/// Runs the queued turns after their ack, a few at a time. On shutdown (the server has stopped taking
/// requests by then) the queue is closed and drained; if the host's shutdown timeout ends first, the
/// turns still running are cancelled and what is left is logged as dropped.
/// </summary>
public sealed class SlackWorker(PendingTurns queue, IServiceScopeFactory scopes, IOptions<SlackOptions> options, ILogger<SlackWorker> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource abort = new();
    private Task running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Workers), CancellationToken = abort.Token };
        running = Parallel.ForEachAsync(queue.Reader.ReadAllAsync(abort.Token), parallel, RunAsync);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(abort.Cancel);
        try
        {
            await running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.DrainAborted(queue.Count);
        }
    }

    public void Dispose() => abort.Dispose();

    /// <summary>A scope per turn: the typed Web API client (and its handler) is fresh, as IHttpClientFactory intends.</summary>
    private async ValueTask RunAsync(SlackWork work, CancellationToken cancellationToken)
    {
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                await scope.ServiceProvider.GetRequiredService<SlackTurnProcessor>().ProcessAsync(work, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The processor reports its own failures; this catches what happens before it runs (e.g. a service that cannot be built), so one bad turn never stops the worker.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.WorkerFailed(exception, work.Turn.ActivityId);
        }
    }
}
