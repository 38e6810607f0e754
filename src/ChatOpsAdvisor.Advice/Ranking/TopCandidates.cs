using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Advice.Ranking;

/// <summary>
/// Keeps the best N models seen, in rank order, without sorting the whole catalog: well-evidenced
/// first, then by score (unscored last), smaller first among equals.
/// </summary>
public sealed class TopCandidates(int capacity)
{
    private readonly List<(int Index, CatalogModel Model, UseCaseScore Score)> best = new(capacity + 1);

    public void Offer(int index, CatalogModel model, UseCaseScore score)
    {
        if (best.Count == capacity && Compare((index, model, score), best[^1]) >= 0)
        {
            return;
        }

        var at = best.Count;
        while (at > 0 && Compare((index, model, score), best[at - 1]) < 0)
        {
            at--;
        }

        best.Insert(at, (index, model, score));
        if (best.Count > capacity)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    /// <summary>The catalog indexes of the kept models, best first.</summary>
    public IReadOnlyList<int> Ranked() => best.Select(b => b.Index).ToList();

    /// <summary>Negative when a ranks before b.</summary>
    public static int Compare((int Index, CatalogModel Model, UseCaseScore Score) a, (int Index, CatalogModel Model, UseCaseScore Score) b)
    {
        var byEvidence = b.Score.HasEnoughEvidence.CompareTo(a.Score.HasEnoughEvidence);
        if (byEvidence != 0)
        {
            return byEvidence;
        }

        var byScore = (b.Score.Value ?? double.MinValue).CompareTo(a.Score.Value ?? double.MinValue);
        if (byScore != 0)
        {
            return byScore;
        }

        var bySize = a.Model.ParametersBillions.CompareTo(b.Model.ParametersBillions);
        return bySize != 0 ? bySize : a.Index.CompareTo(b.Index);
    }
}
