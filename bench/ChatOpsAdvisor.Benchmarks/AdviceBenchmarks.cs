using BenchmarkDotNet.Attributes;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Benchmarks;

/// <summary>Issue targets: ranking 5,000 models for one request under 1 ms; one detailed estimate under 10 µs.</summary>
[MemoryDiagnoser]
public class AdviceBenchmarks
{
    private Advisor advisor = null!;
    private ModelCatalog grown = null!;
    private AdviceRequest request = null!;
    private CatalogModel model = null!;
    private EstimateRequest estimate = null!;
    private Hardware hardware = null!;

    [Params(5000)]
    public int Models { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shipped = SyntheticCatalog.Load();
        grown = SyntheticCatalog.Grow(shipped, Models);
        advisor = new Advisor(grown);
        hardware = Hardware.Of(shipped.FindGpu("RTX 4090")!);
        request = new AdviceRequest(hardware, "code-assistant", ContextTokens: 16384);
        model = shipped.FindModel("meta-llama/Llama-3.1-8B-Instruct")!;
        estimate = new EstimateRequest(Workload.Inference, Precisions.Bf16, 8192);
    }

    /// <summary>One request against a warm advisor (the bot's steady state: use-case scores are computed once per catalog).</summary>
    [Benchmark]
    public Recommendation RankCatalog() => advisor.Advise(request);

    /// <summary>The first request for a use case after a (re)load: scores every model for it too.</summary>
    [Benchmark]
    public Recommendation RankCatalogCold() => new Advisor(grown).Advise(request);

    [Benchmark]
    public MemoryEstimate DetailedEstimate() => MemoryEstimator.Estimate(model, estimate, hardware);
}
