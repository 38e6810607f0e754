using ChatOpsAdvisor.Advice.Memory;

namespace ChatOpsAdvisor.Advice;

/// <summary>Everything step 1 and step 2 of the method ask for.</summary>
public sealed record AdviceRequest(
    Hardware Hardware,
    string UseCaseId,
    Workload Workload = Workload.Inference,
    Precision? Precision = null,
    int ContextTokens = 8192,
    bool CommercialUseRequired = false,
    int TopN = 5,
    KvPrecision? KvPrecision = null,
    TrainingSettings? Training = null)
{
    public const int MaxTopN = 50;

    public EstimateRequest Estimate => new(Workload, Precision ?? Precisions.Bf16, ContextTokens, 1, KvPrecision, Training);
}
