using System.Globalization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>The options and the sink of one benchmark run; starts a target with its own client, port and database.</summary>
internal sealed class BenchSession(BenchOptions options, ConnectorSink sink)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);

    public BenchOptions Options => options;

    /// <summary>Starts <paramref name="target"/> and waits until it answers; its load generator allows C connections.</summary>
    public async Task<RunningTarget> StartAsync(Target target, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
        };
        var client = new HttpClient(handler) { Timeout = TurnTimeout };
        var database = new ScratchDatabase();
        try
        {
            var process = await TargetLauncher.StartAsync(target, port, database, options.BotEnvironment, client, cancellationToken);
            var messages = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/api/messages");
            return new RunningTarget(process, client, database, new LoadGenerator(client, messages, sink, target));
        }
        catch
        {
            client.Dispose();
            database.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts every target (idle ones use no CPU) and warms each up — every reply checked, the first problem stops
    /// the benchmark — then times them one after the other, round after round; each target's rounds combined.
    /// </summary>
    public async Task<IReadOnlyList<LoadRun>> MeasureAsync(IReadOnlyList<Target> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var running = new List<RunningTarget>();
        try
        {
            foreach (var target in targets)
            {
                Console.WriteLine($"{target.Title}: starting, {options.Warmup.TotalSeconds:0} s warm-up …");
                running.Add(await StartAsync(target, cancellationToken));
                await running[^1].Load.RunAsync(options.Connections, LoadBudget.For(options.Warmup), strict: true, running[^1].Process, cancellationToken);
            }

            var rounds = targets.Select(_ => new List<LoadRun>()).ToArray();
            for (var round = 1; round <= options.Rounds; round++)
            {
                for (var i = 0; i < running.Count; i++)
                {
                    var run = await running[i].Load.RunAsync(options.Connections, LoadBudget.For(options.Duration), strict: false, running[i].Process, cancellationToken);
                    rounds[i].Add(run);
                    Console.WriteLine($"  round {round}, {targets[i].Title}: {run.TurnsPerSecond:N0} turns/s, p50 {run.Percentile(50):0.00} ms, p99 {run.Percentile(99):0.00} ms, {run.Errors} errors, {run.CpuMicrosecondsPerTurn:N0} µs CPU per turn, others {run.Cpu.OtherCores:0.00} cores");
                }
            }

            return [.. rounds.Select(LoadRun.Combine)];
        }
        finally
        {
            foreach (var target in running)
            {
                await target.DisposeAsync();
            }
        }
    }
}
