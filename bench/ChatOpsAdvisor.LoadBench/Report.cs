using System.Globalization;
using System.Text;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>The run as Markdown: throughput and latency per target, the ratios against the targets, start-up, memory and soak.</summary>
internal static class Report
{
    private const double StartupTargetSeconds = 1.5;
    private const double MemoryTargetMegabytes = 200;

    public static string Markdown(BenchOptions options, Machine machine, IReadOnlyList<LoadRun> runs, IReadOnlyList<string> skipped, IReadOnlyList<TimeSpan>? startup, MemoryFigures? memory, SoakFigures? soak)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(runs);
        var md = new StringBuilder();
        void Line(FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));

        Line($"### End-to-end run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        Line($"{options.Connections} connections; each target warmed up {options.Warmup.TotalSeconds:0} s, then timed {options.Rounds} × {options.Duration.TotalSeconds:0} s, the targets in turn each round; {machine.Cores} cores ({machine.Cpu}), {machine.Memory}; {machine.System}; {machine.Dotnet}; node {machine.Node ?? "not found"}. Load average at the start: {machine.LoadAtStart}.");
        if (options.BotEnvironment.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("The bot ran with: " + string.Join(", ", options.BotEnvironment.Select(v => $"`{v.Key}={v.Value}`")) + ".");
        }

        md.AppendLine();
        if (runs.Count > 0)
        {
            md.AppendLine("| target | turns/s | p50 | p99 | turns | replies/turn | errors | wrong card | missing replies | slow-down | target CPU per turn | cores: target / bench / others | load avg |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
            foreach (var r in runs)
            {
                Line($"| {r.Target.Title} | **{r.TurnsPerSecond:N0}** | {r.Percentile(50):0.00} ms | {r.Percentile(99):0.00} ms | {r.Turns:N0} | {r.RepliesPerTurn:0.00} | {r.Errors} | {r.Unexpected} | {r.MissingReplies} | {r.SlowDowns} | {r.CpuMicrosecondsPerTurn:N0} µs | {r.Cpu.TargetCores:0.00} / {r.Cpu.BenchmarkCores:0.00} / {r.Cpu.OtherCores:0.00} | {r.Cpu.LoadAverage:0.0} |");
            }

            md.AppendLine();
            Ratios(md, runs);
            md.AppendLine();
            md.AppendLine("p50 / p99 by step of the mix (ms):");
            md.AppendLine();
            md.AppendLine("| target | " + string.Join(" | ", Enum.GetNames<MixStep>()) + " |");
            md.AppendLine("|---|" + string.Concat(Enum.GetNames<MixStep>().Select(_ => "---:|")));
            foreach (var r in runs)
            {
                md.AppendLine($"| {r.Target.Title} | " + string.Join(" | ", Enum.GetValues<MixStep>().Select(s => string.Create(CultureInfo.InvariantCulture, $"{r.Percentile(s, 50):0.00} / {r.Percentile(s, 99):0.00}"))) + " |");
            }
        }

        foreach (var reason in skipped)
        {
            Line($"Skipped: {reason}");
        }

        if (startup is { Count: > 0 })
        {
            var sorted = startup.Order().ToArray();
            var median = sorted[sorted.Length / 2];
            md.AppendLine();
            Line($"Start-up to the first answered turn ({sorted.Length} runs, each a new process and database): min **{sorted[0].TotalSeconds:0.00} s**, median **{median.TotalSeconds:0.00} s**, max {sorted[^1].TotalSeconds:0.00} s — target < {StartupTargetSeconds} s: {Verdict(median.TotalSeconds < StartupTargetSeconds)} (median).");
        }

        if (memory is not null)
        {
            md.AppendLine();
            Line($"Resident memory of the bot: {memory.Ready.Megabytes:0.0} MB when ready; **{memory.After.Megabytes:0.0} MB after {memory.Run.Turns:N0} turns** (peak {memory.After.PeakMegabytes:0.0} MB; {memory.Run.TurnsPerSecond:N0} turns/s, {memory.Run.Errors} errors) — target < {MemoryTargetMegabytes} MB: {Verdict(memory.After.Megabytes < MemoryTargetMegabytes)}.");
        }

        if (soak is not null)
        {
            md.AppendLine();
            Line($"Soak, {soak.Run.Elapsed.TotalSeconds:0} s at {soak.Run.TurnsPerSecond:N0} turns/s ({soak.Run.Turns:N0} turns, {soak.Run.Errors} errors): RSS first {soak.FirstMegabytes:0.0} MB, last {soak.LastMegabytes:0.0} MB, max {soak.MaxMegabytes:0.0} MB; slope {soak.SlopeMegabytesPerMinute:+0.00;-0.00} MB/min over the whole soak, {soak.SecondHalfSlopeMegabytesPerMinute:+0.00;-0.00} MB/min over its second half — target no growth (second half under 1 MB/min): {Verdict(!soak.Grows)}.");
            md.AppendLine();
            md.AppendLine("RSS every 10 s: " + string.Join(", ", soak.Samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.At.TotalSeconds:0} s {s.Memory.Megabytes:0}"))) + " (MB).");
        }

        return md.ToString();
    }

    private static void Ratios(StringBuilder md, IReadOnlyList<LoadRun> runs)
    {
        var byName = runs.ToDictionary(r => r.Target.Name);
        md.AppendLine("| ratio (turns/s unless said) | all rounds | by round | target | |");
        md.AppendLine("|---|---:|---|---|---|");
        void Ratio(string over, string under, string label, double? target, Func<LoadRun, double>? measure = null, bool inverse = false)
        {
            if (!byName.TryGetValue(over, out var a) || !byName.TryGetValue(under, out var b))
            {
                return;
            }

            measure ??= r => r.TurnsPerSecond;
            double Of(LoadRun x, LoadRun y) => inverse ? measure(y) / measure(x) : measure(x) / measure(y);
            var value = Of(a, b);
            var byRound = string.Join(", ", a.Rounds.Zip(b.Rounds, (x, y) => Of(x, y).ToString("0.00", CultureInfo.InvariantCulture)));
            var verdict = target is { } t ? Verdict(value >= t) : "";
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | **{value:0.00}×** | {byRound} | {(target is { } t2 ? $"≥ {t2}" : "—")} | {verdict} |"));
        }

        Ratio("advisor", "js", "advisor ÷ (c) JS SDK echo bot", 5);
        Ratio("advisor", "parse", "advisor ÷ (b) parse + reply floor", 0.5);
        Ratio("advisor", "floor", "advisor ÷ (a) bare Kestrel", null);
        Ratio("parse", "floor", "(b) ÷ (a)", null);
        Ratio("js", "parse", "(c) ÷ (b)", null);
        Ratio("advisor", "js", "CPU per turn: (c) JS echo ÷ advisor (how many advisor turns per JS echo turn of CPU)", null, r => r.CpuMicrosecondsPerTurn, inverse: true);
        Ratio("advisor", "parse", "CPU per turn: (b) ÷ advisor", null, r => r.CpuMicrosecondsPerTurn, inverse: true);
        Ratio("advisor", "js", "p50 latency: advisor ÷ (c)", null, r => r.Percentile(50));
    }

    private static string Verdict(bool met) => met ? "met" : "**missed**";
}
