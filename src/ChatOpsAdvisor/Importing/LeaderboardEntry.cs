namespace ChatOpsAdvisor.Importing;

/// <summary>One Open LLM Leaderboard v2 result row, whatever the file layout it came from.</summary>
public sealed record LeaderboardEntry(
    int Line,
    string ModelId,
    string? Precision,
    double? ParametersBillions,
    string? License,
    bool Flagged,
    bool Merged,
    bool MixtureOfExperts,
    DateOnly? Date,
    IReadOnlyDictionary<string, double> Scores);

/// <summary>
/// The two layouts the leaderboard's results were published in: the CSV of the final snapshot
/// (API field names) and the Hugging Face "contents" dataset (display names), as mapped in
/// shared/reference/domain.md §e.1.
/// </summary>
public sealed record LeaderboardLayout(
    string Model, string Precision, string Parameters, string License, string Flagged, string Merged, string Moe, string Date,
    IReadOnlyDictionary<string, string> Benchmarks)
{
    public static readonly LeaderboardLayout Csv = new(
        "model_name", "model_precision", "metadata_params_billions", "metadata_hub_license", "features_is_flagged", "features_is_merged", "features_is_moe", "metadata_submission_date",
        new Dictionary<string, string>
        {
            ["ifeval"] = "evaluations_ifeval_normalized_score",
            ["bbh"] = "evaluations_bbh_normalized_score",
            ["math-lvl5"] = "evaluations_math_normalized_score",
            ["gpqa"] = "evaluations_gpqa_normalized_score",
            ["musr"] = "evaluations_musr_normalized_score",
            ["mmlu-pro"] = "evaluations_mmlu_pro_normalized_score",
        });

    public static readonly LeaderboardLayout Contents = new(
        "fullname", "Precision", "#Params (B)", "Hub License", "Flagged", "Merged", "MoE", "Submission Date",
        new Dictionary<string, string>
        {
            ["ifeval"] = "IFEval",
            ["bbh"] = "BBH",
            ["math-lvl5"] = "MATH Lvl 5",
            ["gpqa"] = "GPQA",
            ["musr"] = "MUSR",
            ["mmlu-pro"] = "MMLU-PRO",
        });
}
