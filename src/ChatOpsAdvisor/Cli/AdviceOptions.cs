using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Advice.Catalog;
using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Cli;

/// <summary>The options advise and estimate share: hardware, workload, precision, context.</summary>
public static class AdviceOptions
{
    public static readonly IReadOnlyList<string> Shared =
        ["gpu-memory", "gpu", "gpus", "workload", "context", "precision", "kv-precision", "lora-rank", "no-gradient-checkpointing", "json"];

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "json", "commercial", "no-gradient-checkpointing" };

    public static Hardware Hardware(CliArguments args, ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(args);
        var memory = args.Number("gpu-memory", double.MinValue, double.MaxValue);
        var count = args.Integer("gpus", int.MinValue, int.MaxValue) ?? 1;
        return HardwareResolver.Resolve(catalog, args.Text("gpu"), memory, count);
    }

    /// <summary>The estimate options; without --context, defaultContext (the use case's need) or 8k for inference, 2k for training.</summary>
    public static EstimateRequest Estimate(CliArguments args, int? defaultContext = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var workloadText = args.Text("workload");
        var workload = workloadText is null ? Workload.Inference
            : Workloads.Parse(workloadText) ?? throw new AdviceInputException($"unknown workload \"{workloadText}\"", Workloads.Ids);
        var precisionText = args.Text("precision");
        var precision = precisionText is null ? Precisions.Bf16
            : Precisions.Find(precisionText) ?? throw new AdviceInputException($"unknown precision \"{precisionText}\"", Precisions.All.Select(p => p.Id).ToList());
        var kvText = args.Text("kv-precision");
        var kv = kvText is null ? KvPrecision.Fp16
            : KvPrecision.Find(kvText) ?? throw new AdviceInputException($"unknown KV-cache precision \"{kvText}\"", KvPrecision.All.Select(k => k.Id).ToList());
        var context = args.Integer("context", 1, EstimateRequest.MaxContextTokens) ?? defaultContext ?? (workload == Workload.Inference ? 8192 : 2048);
        var training = new TrainingSettings(
            LoraRank: args.Integer("lora-rank", 1, 4096) ?? TrainingSettings.Default.LoraRank,
            GradientCheckpointing: !args.Flag("no-gradient-checkpointing"));
        return new EstimateRequest(workload, precision, context, 1, kv, training);
    }
}
