using System.Text.Json;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Cli;

/// <summary>
/// The command-line entry. Bad input prints a clear message with suggestions and exits 2; a broken
/// catalog exits 3; never a stack trace.
/// </summary>
public static class CliApp
{
    public const int UsageError = 2;
    public const int CatalogError = 3;

    /// <summary>Stopped by Ctrl+C (the shell's convention: 128 + SIGINT).</summary>
    public const int Cancelled = 130;

    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.Ordinal) { "advise", "estimate", "chat", "manifest", "catalog", "validate", "help", "--help", "-h" };

    public static bool IsCommand(string[] args) => args is { Length: > 0 } && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<ModelCatalog>? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var json = args.Contains("--json");
        if (args.Length > 0 && args[0] == "chat")
        {
            return await ChatCommand.RunAsync(Console.In, stdout, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var load = catalog ?? CliCatalog.Load;
            return args[0] switch
            {
                "advise" => AdviseCommand.Run(Options(args), load(), stdout),
                "estimate" => EstimateCommand.Run(Options(args), load(), stdout),
                "manifest" => ManifestCommand.Run(args, stdout, stderr),
                "catalog" => await CatalogCommand.RunAsync(args, stdout, stderr, cancellationToken).ConfigureAwait(false),
                "validate" => await ValidateCommand.RunAsync(args, stdout, stderr, cancellationToken).ConfigureAwait(false),
                _ => Help(stdout),
            };
        }
        catch (CliUsageException ex)
        {
            return Fail(stderr, stdout, json, ex.Message, []);
        }
        catch (AdviceInputException ex)
        {
            return Fail(stderr, stdout, json, ex.Message, ex.Suggestions);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: what was running stops; a catalog import has written nothing (it is staged, then moved).
            stderr.WriteLine("cancelled");
            return Cancelled;
        }
        catch (CatalogException ex)
        {
            stderr.WriteLine("error: the catalog cannot be loaded: " + ex.Message);
            return CatalogError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            // Files the command was pointed at: say what went wrong, never with a stack trace.
            stderr.WriteLine("error: " + ex.Message);
            return UsageError;
        }
    }

    private static CliArguments Options(string[] args) => new(args.Skip(1), AdviceOptions.Flags);

    private static int Fail(TextWriter stderr, TextWriter stdout, bool json, string message, IReadOnlyList<string> suggestions)
    {
        stderr.WriteLine("error: " + message);
        if (suggestions.Count > 0)
        {
            stderr.WriteLine("did you mean: " + string.Join(", ", suggestions) + "?");
        }

        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new ErrorJson(message, suggestions), CliJsonOutput.Context.ErrorJson));
        }

        stderr.WriteLine("run with --help for usage");
        return UsageError;
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine("""
            ChatOpsAdvisor — choose an open-weight LLM in three steps: infrastructure, benchmarks, validation.

            Usage:
              (no arguments)   run the bot on http://127.0.0.1:3978 (POST /api/messages)
              chat             the three-step conversation in this terminal
              catalog import --open-llm-leaderboard <csv|json|parquet> [--arena <csv>] [--configs <json|dir>] --out <dir>
                               a catalog with the leaderboards merged in (Catalog:Path points the bot at it)
              manifest pack --bot-id <guid> [--app-id <guid>] [--domain <host>] [--schema <file>] --out <zip>
                               the Teams app package (manifest.json, color.png, outline.png)
              validate --eval <file.jsonl> --candidate name=url,model[,key] [--candidate ...] [--concurrency N] [--timeout SECONDS] [--json]
                               your own prompts against one or two OpenAI-compatible endpoints, with a paired verdict
              advise   --gpu-memory <GB> | --gpu <name>  --use-case <id>
                       [--gpus N] [--workload inference|lora|qlora|full] [--context TOKENS]
                       [--precision bf16|fp16|fp8|int8|int4|q8_0|q6_k|q5_k_m|q4_k_m|nf4] [--kv-precision fp16|fp8|q8_0|q4_0]
                       [--commercial] [--top N] [--json]
              estimate --model <id>  --gpu-memory <GB> | --gpu <name>
                       [--gpus N] [--workload W] [--context TOKENS] [--precision P] [--lora-rank R]
                       [--no-gradient-checkpointing] [--json]

            Use cases: code-assistant, instruction-following, customer-support, reasoning-math,
                       knowledge-rag, general-chat, on-device-extraction
            """);
        return 0;
    }
}
