namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// The method's size tiers. Each covers the gaps to the next, so every dense model lands in one;
/// mixtures of experts get their own tier because memory follows total and speed active parameters.
/// </summary>
public sealed record SizeTier(string Id, string Name, double FromBillions, double ToBillions, string Explanation)
{
    public static readonly SizeTier Small = new("1-3b", "1–3B", 0, 5, "Runs on laptops and phones; fast and cheap, good for classification, extraction and narrow tasks; weak at open-ended reasoning.");
    public static readonly SizeTier Medium = new("7-8b", "7–8B", 5, 10, "One consumer GPU (16–24 GB at bf16, 8 GB quantised); the sweet spot for fine-tuning on a single card.");
    public static readonly SizeTier Large = new("13-20b", "13–20B", 10, 25, "A 24–48 GB GPU at bf16 or 16–24 GB quantised; noticeably better reasoning and instruction following.");
    public static readonly SizeTier ExtraLarge = new("30-70b", "30–70B", 25, 80, "Data-centre GPUs or several cards (A100/H100 80 GB, or 2–4 consumer GPUs quantised); strongest open dense models.");
    public static readonly SizeTier Frontier = new("80b+", "80B+", 80, double.MaxValue, "Several data-centre GPUs even quantised.");
    public static readonly SizeTier MixtureOfExperts = new("moe", "MoE", 0, double.MaxValue, "Mixture of experts: memory follows total parameters, speed follows the active ones.");

    public static readonly IReadOnlyList<SizeTier> Dense = [Small, Medium, Large, ExtraLarge, Frontier];

    public static readonly IReadOnlyList<SizeTier> All = [Small, Medium, Large, ExtraLarge, Frontier, MixtureOfExperts];

    /// <summary>The tier of a model of this size.</summary>
    public static SizeTier For(double parametersBillions, bool mixtureOfExperts) => All[IndexFor(parametersBillions, mixtureOfExperts)];

    /// <summary>The position in <see cref="All"/> of the tier of a model of this size (a loop, not LINQ: it runs for every catalog model on each request).</summary>
    public static int IndexFor(double parametersBillions, bool mixtureOfExperts)
    {
        if (mixtureOfExperts)
        {
            return All.Count - 1;
        }

        for (var i = 0; i < Dense.Count - 1; i++)
        {
            if (parametersBillions < Dense[i].ToBillions)
            {
                return i;
            }
        }

        return Dense.Count - 1;
    }
}
