namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>
/// The quick rule's context factor: how much memory beyond the bare weights a context length costs.
/// Derived (docs/METHOD.md): factor ≈ 1.2 (runtime overhead, EleutherAI's "≈1.2 × model memory")
/// + the KV cache of a typical 8B GQA model (Llama-3.1-8B, 128 KiB/token) as a share of its bf16 weights
/// (16.06 GB) at the class's upper context: 2k → 1.22 ≈ 1.2; 8k → 1.27 ≈ 1.3 (the method's value);
/// 32k → 1.47 ≈ 1.5; 128k → 2.27 ≈ 2.3.
/// </summary>
public sealed record ContextClass(string Id, string Name, int UpToTokens, double Factor)
{
    public static readonly ContextClass Short = new("short", "short (≤ 2k tokens)", 2_048, 1.2);
    public static readonly ContextClass Normal = new("normal", "normal (≤ 8k tokens)", 8_192, 1.3);
    public static readonly ContextClass Long = new("long", "long (≤ 32k tokens)", 32_768, 1.5);
    public static readonly ContextClass VeryLong = new("very-long", "very long (> 32k tokens)", int.MaxValue, 2.3);

    public static readonly IReadOnlyList<ContextClass> All = [Short, Normal, Long, VeryLong];

    public static ContextClass For(int contextTokens) => All.First(c => contextTokens <= c.UpToTokens);
}
