namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>What the hardware must do with the model.</summary>
public enum Workload
{
    Inference,
    Lora,
    Qlora,
    FullFineTune,
}

public static class Workloads
{
    public const string InferenceId = "inference";
    public const string LoraId = "lora";
    public const string QloraId = "qlora";
    public const string FullId = "full";

    public static readonly IReadOnlyList<string> Ids = [InferenceId, LoraId, QloraId, FullId];

    public static string Id(this Workload workload) => workload switch
    {
        Workload.Inference => InferenceId,
        Workload.Lora => LoraId,
        Workload.Qlora => QloraId,
        _ => FullId,
    };

    public static Workload? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        InferenceId or "serve" or "serving" or "deploy" or "推論" => Workload.Inference,
        LoraId => Workload.Lora,
        QloraId or "q-lora" => Workload.Qlora,
        FullId or "full-fine-tune" or "full fine-tuning" or "full-finetune" or "fft" => Workload.FullFineTune,
        _ => null,
    };

    public static bool IsFineTuning(this Workload workload) => workload != Workload.Inference;
}
