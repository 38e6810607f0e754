using System.Text.Json;
using ChatOpsAdvisor.Cli;
using ChatOpsAdvisor.Tests.Validation.Support;

namespace ChatOpsAdvisor.Tests.Validation;

/// <summary>The validate command end to end: arguments, the loopback server, human and JSON output.</summary>
public sealed class ValidateCommandTests
{
    private const string Key = "sk-never-print-me";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string[] Lines =
    [
        """{"id": "easy", "prompt": "say Paris", "expected": "Paris", "scoring": "exact"}""",
        """{"id": "hard", "prompt": "say [hard] Rome", "expected": "Rome", "scoring": "contains"}""",
        """{"id": "json", "prompt": "say {\"answer\": \"cat\"}", "expected": "cat", "scoring": "json-field", "field": "answer"}""",
        """{"id": "boom", "prompt": "fail", "expected": "x", "scoring": "exact"}""",
        "this line is broken",
    ];

    [Fact]
    public async Task RunAsync_Json_WritesOneObjectWithBothCandidatesAndNoKey()
    {
        await using var server = await FakeCompletionServer.StartAsync();
        using var eval = new EvalFile(Lines);
        var (code, stdout, stderr) = await Run(
            "validate", "--eval", eval.Path, "--candidate", $"strong={server.Root},strong,{Key}", "--candidate", $"weak={server.Root}/v1,weak", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var candidates = json.RootElement.GetProperty("candidates");
        Assert.Equal(4, json.RootElement.GetProperty("items").GetInt32());
        Assert.Equal(3, candidates[0].GetProperty("correct").GetInt32());
        Assert.Equal(2, candidates[1].GetProperty("correct").GetInt32());
        Assert.Equal(1, candidates[0].GetProperty("failures").GetProperty("http-error").GetInt32());
        Assert.False(json.RootElement.GetProperty("comparison").GetProperty("real").GetBoolean());
        Assert.Equal(5, json.RootElement.GetProperty("skipped")[0].GetProperty("line").GetInt32());
        Assert.Contains("line 5", stderr, StringComparison.Ordinal);
        Assert.Contains("Bearer " + Key, server.Authorizations);
        Assert.DoesNotContain(Key, stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Human_PrintsTablesAndVerdictWithoutKey()
    {
        await using var server = await FakeCompletionServer.StartAsync();
        using var eval = new EvalFile(Lines);
        var (code, stdout, stderr) = await Run(
            "validate", "--eval", eval.Path, "--candidate", $"strong={server.Root},strong,{Key}", "--candidate", $"weak={server.Root},weak", "--timeout", "20", "--concurrency", "2");

        Assert.Equal(0, code);
        Assert.Contains("strong — strong", stdout, StringComparison.Ordinal);
        Assert.Contains("http-error 1", stdout, StringComparison.Ordinal);
        Assert.Contains("Verdict: within noise (p = 1.00)", stdout, StringComparison.Ordinal);
        Assert.Contains("4/8 done", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, stdout + stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--candidate", "a=http://127.0.0.1:9/v1,m")]
    [InlineData("--eval", "EVAL")]
    [InlineData("--eval", "EVAL", "--candidate", "a=ftp://x,m,sk-never-print-me")]
    [InlineData("--eval", "EVAL", "--candidate", "a=http://127.0.0.1:9,m", "--candidate", "b=http://127.0.0.1:9,m", "--candidate", "c=http://127.0.0.1:9,m")]
    [InlineData("--eval", "EVAL", "--candidate", "a=http://127.0.0.1:9,m", "--candidate", "a=http://127.0.0.1:9,n")]
    [InlineData("--eval", "EVAL", "--candidate", "a=http://127.0.0.1:9,m", "--concurrency", "0")]
    [InlineData("--eval", "EVAL", "--candidate", "a=http://127.0.0.1:9,m", "--timout", "5")]
    [InlineData("--eval", "missing.jsonl", "--candidate", "a=http://127.0.0.1:9,m")]
    public async Task RunAsync_BadArguments_ExitTwoWithMessageAndNoStackTrace(params string[] args)
    {
        using var eval = new EvalFile(Lines);
        var (code, _, stderr) = await Run(["validate", .. args.Select(a => a == "EVAL" ? eval.Path : a)]);

        Assert.Equal(CliApp.UsageError, code);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoUsableLines_ExitsTwo()
    {
        using var eval = new EvalFile("nope", "{\"prompt\": \"x\"}");
        var (code, _, stderr) = await Run("validate", "--eval", eval.Path, "--candidate", "a=http://127.0.0.1:9,m");

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("no usable lines", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileAnEndpointHangs_StopsWithCode130()
    {
        await using var server = await FakeCompletionServer.StartAsync();
        using var eval = new EvalFile("""{"id": "stuck", "prompt": "hang", "expected": "x", "scoring": "exact"}""");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var interrupted = new CancellationTokenSource();

        var run = CliApp.RunAsync(["validate", "--eval", eval.Path, "--candidate", $"a={server.Root},m"], stdout, stderr, cancellationToken: interrupted.Token);
        await server.HangReceived.WaitAsync(Patience);
        await interrupted.CancelAsync();
        var code = await run.WaitAsync(Patience);

        Assert.Equal(CliApp.Cancelled, code);
        Assert.Contains("cancelled", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr).WaitAsync(Patience);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
