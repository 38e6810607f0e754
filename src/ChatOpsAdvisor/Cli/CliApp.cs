namespace ChatOpsAdvisor.Cli;

/// <summary>The command-line entry: advise, estimate (and later chat, catalog, manifest, validate).</summary>
public static class CliApp
{
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.Ordinal) { "advise", "estimate", "help", "--help", "-h" };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        stdout.WriteLine("usage: advise | estimate");
        return Task.FromResult(0);
    }
}
