namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// The whole run, in one process that holds the load generator and the connector sink: every selected target
/// started as its own process and warmed up, timed in turn round after round, stopped; then the advisor's
/// start-up, memory and soak, each with new processes.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<string> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var machine = await Machine.DescribeAsync(cancellationToken);
        Console.WriteLine($"Load average at the start: {machine.LoadAtStart}; {BuildOutput.Configuration} build.");
        await using var sink = await ConnectorSink.StartAsync(cancellationToken);
        var session = new BenchSession(options, sink);
        var skipped = new List<string>();
        var targets = Target.All.Where(t => options.Runs(t.Name)).ToList();
        if (targets.Contains(Target.JsEcho) && machine.Node is null)
        {
            targets.Remove(Target.JsEcho);
            skipped.Add("(c) the JS SDK echo bot: node is not on PATH.");
        }

        Console.WriteLine($"{targets.Count} targets, {options.Rounds} rounds of {options.Duration.TotalSeconds:0} s each with {options.Connections} connections.");
        var runs = targets.Count > 0 ? await session.MeasureAsync(targets, cancellationToken) : [];

        IReadOnlyList<TimeSpan>? startup = null;
        if (options.Runs("startup"))
        {
            Console.WriteLine($"Start-up to the first answered turn, {options.StartupRuns} runs …");
            startup = await StartupProbe.MeasureAsync(sink, options.StartupRuns, options.BotEnvironment, cancellationToken);
        }

        MemoryFigures? memory = null;
        if (options.Runs("memory"))
        {
            Console.WriteLine($"Resident memory after {options.MemoryTurns:N0} turns …");
            memory = await MemoryProbe.AfterTurnsAsync(session, options.MemoryTurns, cancellationToken);
        }

        SoakFigures? soak = null;
        if (options.Runs("soak"))
        {
            Console.WriteLine($"Soak for {options.Soak.TotalSeconds:0} s …");
            soak = await SoakProbe.RunAsync(session, options.Soak, cancellationToken);
        }

        return Report.Markdown(options, machine, runs, skipped, startup, memory, soak);
    }
}
