namespace ChatOpsAdvisor.Advice.Pitfalls;

/// <summary>
/// A warning that applies to this recommendation. <see cref="MessageKey"/> and <see cref="Args"/> let
/// each channel word it in the reader's language; <see cref="Message"/> is the English wording.
/// </summary>
public sealed record Pitfall(string Kind, string MessageKey, IReadOnlyList<string> Args, IReadOnlyList<string> Models)
{
    public string Message => PitfallMessages.English(MessageKey, Args);
}

/// <summary>The pitfall vocabulary (stable: it appears in JSON output and decision records).</summary>
public static class PitfallKinds
{
    public const string Noise = "noise";
    public const string Contamination = "contamination";
    public const string Unmeasured = "unmeasured";
    public const string Licence = "licence";
    public const string Context = "context";
    public const string Quantisation = "quantisation";
    public const string WeakBase = "weak-base";
    public const string SmallerModel = "smaller-model";
    public const string BaseCheckpointEvidence = "base-checkpoint-evidence";
    public const string MissingEvidence = "missing-evidence";
}
