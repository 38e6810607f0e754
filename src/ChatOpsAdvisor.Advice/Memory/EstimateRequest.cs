namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>What to estimate: the workload, the weight precision, the context and the cache precision.</summary>
public sealed record EstimateRequest(
    Workload Workload,
    Precision Precision,
    int ContextTokens,
    int Batch = 1,
    KvPrecision? KvPrecision = null,
    TrainingSettings? Training = null)
{
    public const int MaxContextTokens = 10_000_000;
    public const int MaxBatch = 4096;

    public KvPrecision Kv => KvPrecision ?? Memory.KvPrecision.Fp16;

    public TrainingSettings Settings => Training ?? TrainingSettings.Default;

    /// <summary>The precision the base weights are held in: QLoRA always uses a 4-bit NF4 base.</summary>
    public Precision BaseWeights => Workload switch
    {
        Workload.Qlora => Precisions.Nf4,
        Workload.FullFineTune => Precisions.Bf16,
        _ => Precision,
    };
}
