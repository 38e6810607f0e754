using System.Globalization;

namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// A gap between two candidates on one benchmark that is within noise, said so a reader understands:
/// "A leads B by 0.4 points on IFEval (541 prompts, ±4.0): a statistical tie".
/// </summary>
public sealed record TieStatement(
    string Leader,
    string Follower,
    string Benchmark,
    double Gap,
    double HalfWidth,
    int? Items,
    bool IsArena,
    double LeaderValue,
    double FollowerValue)
{
    public string Text => IsArena
        ? string.Create(CultureInfo.InvariantCulture, $"{Leader} ({LeaderValue:0}) and {Follower} ({FollowerValue:0}) overlap on the Chatbot Arena (95% intervals ±{HalfWidth:0.#}): a statistical tie")
        : string.Create(CultureInfo.InvariantCulture, $"{Leader} leads {Follower} by {Gap:0.0} points on {Benchmark} ({(Items is { } n ? $"{n:N0} items, " : string.Empty)}±{HalfWidth:0.0}): a statistical tie");

    /// <summary>A tie statement when two pieces of evidence from the same instrument are within noise; otherwise null.</summary>
    public static TieStatement? Compare(string nameA, Evidence a, string nameB, Evidence b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.SameInstrumentAs(b))
        {
            return null;
        }

        if (a.Arena is { } ra && b.Arena is { } rb)
        {
            if (!ra.Overlaps(rb))
            {
                return null;
            }

            var (lead, follow, lv, fv) = ra.Score >= rb.Score ? (nameA, nameB, ra.Score, rb.Score) : (nameB, nameA, rb.Score, ra.Score);
            return new TieStatement(lead, follow, a.Benchmark.Name, Math.Abs(ra.Score - rb.Score), Math.Max(a.DisplayHalfWidth ?? 0, b.DisplayHalfWidth ?? 0), null, true, lv, fv);
        }

        if (a.DisplayHalfWidth is not { } ha || b.DisplayHalfWidth is not { } hb)
        {
            return null;
        }

        var band = NoiseBand.CombinedHalfWidth(ha, hb);
        var gap = Math.Abs(a.PublishedValue - b.PublishedValue);
        if (gap > band)
        {
            return null;
        }

        var aLeads = a.PublishedValue >= b.PublishedValue;
        return new TieStatement(
            aLeads ? nameA : nameB,
            aLeads ? nameB : nameA,
            a.Benchmark.Name,
            gap,
            band,
            a.Items,
            false,
            Math.Max(a.PublishedValue, b.PublishedValue),
            Math.Min(a.PublishedValue, b.PublishedValue));
    }
}
