using System.Text.Json;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Cli;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Tests.Cli;

/// <summary>The advise and estimate commands, run in-process against the shipped catalog.</summary>
public sealed class CliAppTests
{
    private static readonly Lazy<ModelCatalog> Catalog = new(() => CatalogLoader.Load(RepoPaths.Catalog));

    [Fact]
    public async Task Advise_Json_QuickRuleCandidatesAndPitfalls()
    {
        var (code, stdout, _) = await Run("advise", "--gpu-memory", "24", "--use-case", "code-assistant", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(6.0, root.GetProperty("quickRule").GetProperty("maxBillions").GetDouble(), precision: 1);
        Assert.Equal("24 GB × 0.75 ÷ 1.5 ÷ 2 = 6.0B", root.GetProperty("quickRule").GetProperty("formula").GetString());
        var candidates = root.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(5, candidates.Count);
        foreach (var c in candidates)
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("model").GetString()));
            Assert.True(c.GetProperty("parametersBillions").GetDouble() > 0);
            Assert.True(c.GetProperty("memory").GetProperty("totalGb").GetDouble() > c.GetProperty("memory").GetProperty("weightsGb").GetDouble());
            Assert.True(c.GetProperty("fits").GetBoolean());
            Assert.Equal(JsonValueKind.Array, c.GetProperty("tiedWith").ValueKind);
            Assert.True(c.TryGetProperty("score", out _));
        }

        Assert.All(root.GetProperty("pitfalls").EnumerateArray(), p =>
        {
            Assert.False(string.IsNullOrEmpty(p.GetProperty("kind").GetString()));
            Assert.False(string.IsNullOrEmpty(p.GetProperty("message").GetString()));
        });
    }

    [Fact]
    public async Task Advise_NamedGpuTwoCards_TokensPerSecondAndTotalMemory()
    {
        var (code, stdout, _) = await Run("advise", "--gpu", "RTX 4090", "--gpus", "2", "--use-case", "general-chat", "--workload", "qlora", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("request").GetProperty("gpus").GetInt32());
        Assert.Equal("qlora", root.GetProperty("request").GetProperty("workload").GetString());
        Assert.Equal(48 * 0.75 / 1.3 / 2, root.GetProperty("quickRule").GetProperty("maxBillions").GetDouble(), precision: 1);
        Assert.All(root.GetProperty("candidates").EnumerateArray(), c => Assert.True(c.GetProperty("tokensPerSecond").GetDouble() > 0));
    }

    [Fact]
    public async Task Advise_Human_TablesForAllThreeSteps()
    {
        var (code, stdout, _) = await Run("advise", "--gpu-memory", "24", "--use-case", "customer-support");

        Assert.Equal(0, code);
        Assert.Contains("Step 1 — Infrastructure", stdout, StringComparison.Ordinal);
        Assert.Contains("24 GB × 0.75 ÷ 1.3 ÷ 2 = 6.9B", stdout, StringComparison.Ordinal);
        Assert.Contains("Step 2 — Benchmarks", stdout, StringComparison.Ordinal);
        Assert.Contains("Step 3 — Validation", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("[bold]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_Json_Breakdown()
    {
        var (code, stdout, _) = await Run("estimate", "--model", "meta-llama/Llama-3.1-8B-Instruct", "--gpu-memory", "24", "--context", "8192", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(16.06, root.GetProperty("weightsGb").GetDouble(), precision: 2);
        Assert.Equal(1.07, root.GetProperty("kvCacheGb").GetDouble(), precision: 2);
        Assert.Equal(0.65, root.GetProperty("overheadGb").GetDouble(), precision: 2);
        Assert.Equal(17.78, root.GetProperty("totalGb").GetDouble(), precision: 2);
        Assert.True(root.GetProperty("fits").GetBoolean());
    }

    [Fact]
    public async Task Estimate_TooBig_SaysWhatWouldFit()
    {
        var (code, stdout, _) = await Run("estimate", "--model", "Llama-3.1-70B-Instruct", "--gpu", "RTX 4090", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.False(doc.RootElement.GetProperty("fits").GetBoolean());
        Assert.Contains(doc.RootElement.GetProperty("alternatives").EnumerateArray(), a => a.GetProperty("kind").GetString() == "more-gpus");
    }

    [Theory]
    [InlineData("unknown GPU \"RTX 5090\"", "NVIDIA GeForce RTX 4090", "advise", "--gpu", "RTX 5090", "--use-case", "code-assistant")]
    [InlineData("unknown use case \"codeing\"", "code-assistant", "advise", "--gpu-memory", "24", "--use-case", "codeing")]
    [InlineData("unknown model \"Lama-3.1-8B-Instruct\"", "meta-llama/Llama-3.1-8B-Instruct", "estimate", "--model", "Lama-3.1-8B-Instruct", "--gpu-memory", "24")]
    [InlineData("GPU memory must be more than 0", null, "advise", "--gpu-memory", "0", "--use-case", "code-assistant")]
    [InlineData("GPU memory must be more than 0", null, "advise", "--gpu-memory", "-24", "--use-case", "code-assistant")]
    [InlineData("GPU memory must be more than 0", null, "advise", "--gpu-memory", "99999", "--use-case", "code-assistant")]
    [InlineData("--gpu-memory must be a number", null, "advise", "--gpu-memory", "lots", "--use-case", "code-assistant")]
    [InlineData("the number of GPUs must be between 1", null, "advise", "--gpu-memory", "24", "--gpus", "0", "--use-case", "code-assistant")]
    [InlineData("--context must be between 1 and", null, "advise", "--gpu-memory", "24", "--context", "999999999", "--use-case", "code-assistant")]
    [InlineData("unknown workload \"pretrain\"", "qlora", "advise", "--gpu-memory", "24", "--workload", "pretrain", "--use-case", "code-assistant")]
    [InlineData("unknown precision \"int3\"", "int4", "advise", "--gpu-memory", "24", "--precision", "int3", "--use-case", "code-assistant")]
    [InlineData("unknown option --gpu-memroy; did you mean --gpu-memory?", null, "advise", "--gpu-memroy", "24", "--use-case", "code-assistant")]
    [InlineData("--use-case is required", null, "advise", "--gpu-memory", "24")]
    [InlineData("say how much GPU memory you have", null, "advise", "--use-case", "code-assistant")]
    public async Task BadArguments_ClearMessageExitTwoNoStackTrace(string message, string? suggestion, params string[] args)
    {
        var (code, stdout, stderr) = await Run(args);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        if (suggestion is not null)
        {
            Assert.Contains(suggestion, stderr, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr + stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArguments_Json_ErrorObjectOnStdout()
    {
        var (_, stdout, _) = await Run("advise", "--gpu", "RTX 5090", "--use-case", "code-assistant", "--json");

        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("unknown GPU \"RTX 5090\"", doc.RootElement.GetProperty("error").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task BrokenCatalog_ExitThreeWithItsError()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["advise", "--gpu-memory", "24", "--use-case", "code-assistant"], stdout, stderr, () => throw new CatalogException("models.json", "models[0] (x)", "parametersBillions", "must be a number"));

        Assert.Equal(CliApp.CatalogError, code);
        Assert.Contains("models.json: models[0] (x): parametersBillions must be a number", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, () => Catalog.Value);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
