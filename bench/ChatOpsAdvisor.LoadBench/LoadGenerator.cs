using System.Diagnostics;
using System.Net.Http.Headers;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// C workers over one HttpClient (its handler allows C connections), each running whole conversations of the mix
/// back to back with fresh ids, one turn at a time: POST the activity to /api/messages, time it to the HTTP
/// answer, then read the reply the target posted to the sink to take the next step. A conversation that has
/// started finishes, so the mix stays whole; none starts once the budget is spent.
/// </summary>
internal sealed class LoadGenerator(HttpClient client, Uri messages, ConnectorSink sink, Target target)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private long nextConversation;
    private long completedTurns;

    public long CompletedTurns => Interlocked.Read(ref completedTurns);

    /// <summary>
    /// Runs until <paramref name="budget"/> is spent. <paramref name="strict"/> (the warm-up): the first error, or a
    /// reply that is not the card the flow must answer with, stops the benchmark with what was expected and what came.
    /// </summary>
    public async Task<LoadRun> RunAsync(int workers, LoadBudget budget, bool strict, TargetProcess process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var ledger = sink.LedgerOf(target.Name);
        var (repliesBefore, slowDownsBefore, turnsBefore) = (ledger.Replies, ledger.SlowDowns, CompletedTurns);
        var cpu = CpuClock.Read(process);
        var tallies = Enumerable.Range(0, workers).Select(_ => new WorkerTally()).ToArray();
        await Task.WhenAll(tallies.Select(async tally =>
        {
            while (budget.IsOpen(CompletedTurns - turnsBefore) && !cancellationToken.IsCancellationRequested)
            {
                await ConverseAsync(Interlocked.Increment(ref nextConversation), tally, strict, cancellationToken);
            }
        }));

        cancellationToken.ThrowIfCancellationRequested();
        double[] Sorted(IEnumerable<double> values)
        {
            var sorted = values.ToArray();
            Array.Sort(sorted);
            return sorted;
        }

        return new LoadRun(
            target,
            Stopwatch.GetElapsedTime(cpu.Timestamp),
            Sorted(tallies.SelectMany(t => t.ByStep.SelectMany(s => s))),
            [.. Enum.GetValues<MixStep>().Select(step => Sorted(tallies.SelectMany(t => t.ByStep[(int)step])))],
            tallies.Sum(t => t.Conversations),
            tallies.Sum(t => t.Errors),
            tallies.Sum(t => t.Unexpected),
            tallies.Sum(t => t.MissingReplies),
            ledger.Replies - repliesBefore,
            ledger.SlowDowns - slowDownsBefore,
            CpuClock.Read(process).Since(cpu));
    }

    private async Task ConverseAsync(long number, WorkerTally tally, bool strict, CancellationToken cancellationToken)
    {
        var plan = ConversationPlan.For(number);
        var ids = ConversationIds.For(target.Name, number);
        var ledger = sink.LedgerOf(target.Name);
        var serviceUrl = sink.ServiceUrlFor(target.Name);
        var turns = 0;
        foreach (var step in plan.Steps)
        {
            var body = MixActivity.Write(step, plan, ids, serviceUrl, ledger.Of(ids.Conversation)?.Latest ?? (ReplyCard.None, ""));
            var problem = await PostAsync(body, tally.ByStep[(int)step], tally, cancellationToken);
            if (problem is null && target.FollowsFlow)
            {
                var card = ledger.Of(ids.Conversation)?.Latest.Card ?? ReplyCard.None;
                if (card.FirstVerb != ConversationPlan.ExpectedVerb(step))
                {
                    tally.Unexpected++;
                    problem = $"after {step} of conversation {number} ({plan}) the reply's first button was '{card.FirstVerb ?? "none"}', expected '{ConversationPlan.ExpectedVerb(step)}'";
                }
            }

            if (problem is not null)
            {
                if (strict)
                {
                    throw new InvalidOperationException($"{target.Title}: {problem}.");
                }

                break;
            }

            turns++;
            Interlocked.Increment(ref completedTurns);
        }

        tally.Conversations++;
        var received = ledger.Finish(ids.Conversation);
        if (target.RepliesEveryTurn && received < turns)
        {
            tally.MissingReplies += turns - received;
            if (strict)
            {
                throw new InvalidOperationException($"{target.Title}: conversation {number} got {received} replies to {turns} turns.");
            }
        }
    }

    /// <summary>One turn; null when it was answered 2xx, else what went wrong (counted as an error).</summary>
    private async Task<string?> PostAsync(byte[] body, List<double> latencies, WorkerTally tally, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsync(messages, content, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                tally.Errors++;
                return $"HTTP {(int)response.StatusCode}";
            }
        }
        catch (HttpRequestException exception)
        {
            tally.Errors++;
            return exception.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            tally.Errors++;
            return "timed out";
        }

        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return null;
    }

    private sealed class WorkerTally
    {
        /// <summary>Latencies in milliseconds, by <see cref="MixStep"/>.</summary>
        public List<double>[] ByStep { get; } = [.. Enum.GetValues<MixStep>().Select(_ => new List<double>(capacity: 1 << 12))];

        public long Conversations { get; set; }

        public long Errors { get; set; }

        public long Unexpected { get; set; }

        public long MissingReplies { get; set; }
    }
}
