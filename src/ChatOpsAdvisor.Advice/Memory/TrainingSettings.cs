namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>
/// Fine-tuning assumptions. Defaults follow common PEFT practice: LoRA rank 16 on the attention
/// projections, micro-batch 1, gradient checkpointing on, AdamW in mixed precision.
/// </summary>
public sealed record TrainingSettings(int LoraRank = 16, int MicroBatch = 1, bool GradientCheckpointing = true)
{
    public static readonly TrainingSettings Default = new();
}
