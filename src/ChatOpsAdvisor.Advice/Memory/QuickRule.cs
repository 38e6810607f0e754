using System.Globalization;

namespace ChatOpsAdvisor.Advice.Memory;

/// <summary>
/// The method's first-pass rule: max billions of parameters = GPU GB × 0.75 ÷ context factor ÷ 2
/// (0.75 keeps a quarter free; 2 = bytes per parameter at bf16). 24 GB, normal context → 6.9 ("about 7B").
/// </summary>
public sealed record QuickRule(double GpuMemoryGb, ContextClass Context, double BytesPerParameter, double MaxBillions)
{
    public const double UsableShare = 0.75;
    public const double Bf16BytesPerParameter = 2;

    public static QuickRule For(double totalGpuMemoryGb, int contextTokens, double bytesPerParameter = Bf16BytesPerParameter)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalGpuMemoryGb);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytesPerParameter);
        var context = ContextClass.For(contextTokens);
        var max = totalGpuMemoryGb * UsableShare / context.Factor / bytesPerParameter;
        return new QuickRule(totalGpuMemoryGb, context, bytesPerParameter, max);
    }

    /// <summary>The rule with its numbers filled in, e.g. "24 GB × 0.75 ÷ 1.3 ÷ 2 = 6.9B".</summary>
    public string Formula => string.Create(
        CultureInfo.InvariantCulture,
        $"{Format(GpuMemoryGb)} GB × {UsableShare} ÷ {Context.Factor} ÷ {Format(BytesPerParameter)} = {MaxBillions:0.0}B");

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
