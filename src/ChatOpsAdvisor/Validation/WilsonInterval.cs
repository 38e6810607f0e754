namespace ChatOpsAdvisor.Validation;

/// <summary>A proportion with its 95% Wilson score interval; honest near 0 and 1, unlike p ± 1.96·SE.</summary>
public readonly record struct WilsonInterval(double Proportion, double Lower, double Upper)
{
    private const double Z95 = 1.959963984540054;

    /// <summary>Wilson (1927), "Probable inference…", JASA 22:209; no trials gives the whole [0, 1].</summary>
    public static WilsonInterval Of(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, successes);
        if (trials == 0)
        {
            return new WilsonInterval(0, 0, 1);
        }

        double n = trials;
        var p = successes / n;
        var z2 = Z95 * Z95;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = Z95 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new WilsonInterval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
