using System.Globalization;

namespace ChatOpsAdvisor.Advice.Pitfalls;

/// <summary>English wording of each pitfall message; {0}, {1}… are the pitfall's arguments.</summary>
public static class PitfallMessages
{
    public static readonly IReadOnlyDictionary<string, string> EnglishTemplates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["noise.ties"] = "Score gaps within noise: {0}. Do not choose between these on the leaderboard number; test them on your own prompts.",
        ["contamination.flagged"] = "{0} is flagged or a merge on the Open LLM Leaderboard: merges and flagged models can have inflated scores that do not carry over to real work.",
        ["contamination.anomaly"] = "{0}: {1}. A score like this is an evaluation artefact, not the model's ability.",
        ["contamination.arena-gap"] = "{0} ranks far higher on static benchmarks ({1}th percentile) than with people on the Chatbot Arena ({2}th percentile): a sign of benchmark overfitting or contamination.",
        ["contamination.harness"] = "{0} scores {1} on {2} in the vendor's card but {3} on the Open LLM Leaderboard: the same benchmark run by different harnesses gives different numbers; compare like with like.",
        ["unmeasured.general"] = "Leaderboards do not measure latency, memory or cost on your hardware. Estimates here: {0}. Measure them on your own GPU before deciding.",
        ["licence.non-commercial"] = "{0}: {1} does not allow commercial use.",
        ["licence.conditional"] = "{0}: {1} allows commercial use with conditions ({2}). Read it: {3}",
        ["licence.unverified"] = "{0}: the commercial terms of {1} were not verified. Read the licence before any commercial use: {2}",
        ["licence.excluded"] = "{0} model(s) that fit were left out because their licence does not clearly allow commercial use.",
        ["context.excluded"] = "{0} model(s) that fit were left out because their context window is shorter than the {1} tokens you need.",
        ["context.unknown"] = "{0}: the context window is not in the catalog; check it covers {1} tokens.",
        ["quantisation.general"] = "{0} weights cost accuracy, unevenly by task and model: Llama 3.2 3B lost 3.5 IFEval points with naive 4-bit quantisation, and tool use suffered most. Published scores are for 16-bit weights; validate the quantised model.",
        ["weak-base.general"] = "{0} is weak at {1} on the evidence (score {2}). Fine-tuning sharpens skills a base model already has; it rarely creates new ones. Prefer a base that is already good at the task.",
        ["smaller-model.general"] = "{0} ({1}B) is within noise of, or ahead of, {2} ({3}B). A well-tuned smaller model often beats a larger one used carelessly, and costs less to serve.",
        ["base-checkpoint-evidence.general"] = "{0}: some scores are for the base (pre-trained) checkpoint {1}, not the instruct model you would deploy.",
        ["missing-evidence.general"] = "{0}: no published score for {1}. Missing evidence lowers confidence; it is not counted as zero.",
    };

    public static string English(string key, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return EnglishTemplates.TryGetValue(key, out var template)
            ? string.Format(CultureInfo.InvariantCulture, template, args.Cast<object>().ToArray())
            : key;
    }
}
