using System.Globalization;

namespace ChatOpsAdvisor.LoadBench;

/// <summary>
/// The command line: <c>[--connections 16] [--duration 20] [--rounds 3] [--warmup 30] [--only advisor,js,parse,floor,startup,memory,soak]
/// [--soak [300]] [--startup-runs 5] [--memory-turns 10000] [--report file.md] [--bot-env KEY=VALUE]…</c>. Without
/// <c>--only</c> every part runs except the soak, which runs when asked for (<c>--soak</c>, or <c>soak</c> in <c>--only</c>).
/// The targets are timed in turn, round after round (<c>--duration</c> seconds each per round), so on a shared machine
/// each meets the same changes of load. <c>--bot-env</c> adds an environment variable to the bot's (to compare runtime
/// or configuration settings). The warm-up is long because the bot, with Dynamic PGO, needs tens of seconds of
/// load to reach its steady speed (measured: 10 s of warm-up gives two thirds of it; 60 s all of it).
/// </summary>
internal sealed record BenchOptions(
    int Connections,
    TimeSpan Duration,
    int Rounds,
    TimeSpan Warmup,
    IReadOnlySet<string> Parts,
    TimeSpan Soak,
    int StartupRuns,
    int MemoryTurns,
    string? ReportPath,
    IReadOnlyDictionary<string, string> BotEnvironment)
{
    public static readonly IReadOnlyList<string> AllParts = ["floor", "parse", "js", "advisor", "startup", "memory", "soak"];

    public const string Usage =
        "usage: dotnet run -c Release --project bench/ChatOpsAdvisor.LoadBench -- [--connections 16] [--duration 20] [--rounds 3] [--warmup 30]\n" +
        "       [--only floor,parse,js,advisor,startup,memory,soak] [--soak [300]] [--startup-runs 5] [--memory-turns 10000] [--report FILE.md] [--bot-env KEY=VALUE]...";

    public bool Runs(string part) => Parts.Contains(part);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions(16, TimeSpan.FromSeconds(20), 3, TimeSpan.FromSeconds(30), new HashSet<string>(AllParts.Where(p => p != "soak")), TimeSpan.FromSeconds(300), 5, 10_000, null, new Dictionary<string, string>());
        HashSet<string>? only = null;
        var soak = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--connections": options = options with { Connections = Positive(Value()) }; break;
                case "--duration": options = options with { Duration = TimeSpan.FromSeconds(Positive(Value())) }; break;
                case "--rounds": options = options with { Rounds = Positive(Value()) }; break;
                case "--warmup": options = options with { Warmup = TimeSpan.FromSeconds(Positive(Value())) }; break;
                case "--startup-runs": options = options with { StartupRuns = Positive(Value()) }; break;
                case "--memory-turns": options = options with { MemoryTurns = Positive(Value()) }; break;
                case "--report": options = options with { ReportPath = Value() }; break;
                case "--bot-env": options = options with { BotEnvironment = WithVariable(options.BotEnvironment, Value()) }; break;
                case "--only": only = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Known)]; break;
                case "--soak":
                    soak = true;
                    if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        options = options with { Soak = TimeSpan.FromSeconds(Positive(Value())) };
                    }

                    break;
                default: throw new ArgumentException($"Unknown argument {args[i]}.\n{Usage}");
            }
        }

        var parts = only ?? [.. options.Parts];
        if (soak)
        {
            parts.Add("soak");
        }

        return options with { Parts = parts };
    }

    private static Dictionary<string, string> WithVariable(IReadOnlyDictionary<string, string> environment, string assignment) =>
        assignment.Split('=', 2) is [{ Length: > 0 } key, var value]
            ? new Dictionary<string, string>(environment) { [key] = value }
            : throw new ArgumentException($"--bot-env takes KEY=VALUE, not {assignment}.\n{Usage}");

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{text} is not a positive whole number.\n{Usage}");

    private static string Known(string part) =>
        AllParts.Contains(part) ? part : throw new ArgumentException($"Unknown part {part}: one of {string.Join(", ", AllParts)}.\n{Usage}");
}
