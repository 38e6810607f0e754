namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>The configuration facts a memory estimate needs (from the model's config.json).</summary>
public sealed record ModelArchitecture(
    int Layers,
    int HiddenSize,
    int AttentionHeads,
    int? KvHeads,
    int? HeadDim,
    bool HeadDimDerived,
    string Attention,
    SlidingWindow? SlidingWindow,
    string Source)
{
    /// <summary>True when the GQA KV-cache formula cannot be applied (multi-head latent attention).</summary>
    public bool KvCacheUnknown => Attention == AttentionKinds.MultiHeadLatent || KvHeads is null || HeadDim is null;

    /// <summary>Sliding-window layers exist but their window is not sourced: the full-attention KV is an upper bound.</summary>
    public bool KvCacheIsUpperBound => Attention == AttentionKinds.SlidingInterleaved && SlidingWindow is null;
}

/// <summary>Layers whose cache is capped at a window of tokens.</summary>
public sealed record SlidingWindow(int WindowTokens, int SlidingLayers);

public static class AttentionKinds
{
    public const string Full = "full";
    public const string SlidingInterleaved = "sliding-interleaved";
    public const string MultiHeadLatent = "mla";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Full, SlidingInterleaved, MultiHeadLatent };
}
