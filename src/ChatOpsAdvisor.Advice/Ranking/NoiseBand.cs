namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// Sampling noise of an accuracy on n independent items: SE = √(p(1−p)/n), 95% ≈ ±1.96·SE
/// (shared/reference/domain.md §d). Leaderboard-normalised scores stretch it by 100 ÷ (1 − chance).
/// </summary>
public static class NoiseBand
{
    public const double Z95 = 1.96;

    /// <summary>Half-width of the 95% interval in points of the given scale (0–100).</summary>
    public static double HalfWidth(double value, bool normalised, double chance, int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        var raw = normalised ? chance + (value / 100 * (1 - chance)) : value / 100;

        // At 0% or 100% the formula gives zero; no finite sample proves perfection, so keep half an item of doubt.
        var p = Math.Clamp(raw, 0.5 / items, 1 - (0.5 / items));
        var se = Math.Sqrt(p * (1 - p) / items) * 100;
        return Z95 * (normalised ? se / (1 - chance) : se);
    }

    /// <summary>Two independent measurements differ beyond noise when the gap exceeds 1.96·√(SE₁² + SE₂²).</summary>
    public static double CombinedHalfWidth(double halfWidthA, double halfWidthB) =>
        Math.Sqrt((halfWidthA * halfWidthA) + (halfWidthB * halfWidthB));

    /// <summary>Items needed so a 95% interval at accuracy p is ±margin points: n = 1.96²·p(1−p)/margin².</summary>
    public static int ItemsForMargin(double marginPoints, double p = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(marginPoints);
        var m = marginPoints / 100;
        return (int)Math.Ceiling(Z95 * Z95 * p * (1 - p) / (m * m));
    }

    /// <summary>The 95% margin, in points, that n items give at accuracy p (100 items → about ±10).</summary>
    public static double MarginForItems(int items, double p = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        return Z95 * Math.Sqrt(p * (1 - p) / items) * 100;
    }
}
