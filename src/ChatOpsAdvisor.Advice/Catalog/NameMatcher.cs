using System.Globalization;
using System.Text;

namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>Loose name comparison and "did you mean" suggestions for models, GPUs and use cases.</summary>
public static class NameMatcher
{
    /// <summary>Lowercase, letters and digits only (full-width forms folded), so "RTX-4090" = "rtx 4090".</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> Nearest(string query, IEnumerable<string> names, int count, Func<string, string>? alsoCompare = null)
    {
        var q = Normalize(query);
        return names
            .Select(name => (name, distance: Math.Min(
                Distance(q, Normalize(name)),
                alsoCompare is null ? int.MaxValue : Distance(q, Normalize(alsoCompare(name))))))
            .OrderBy(x => x.distance)
            .ThenBy(x => x.name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.name)
            .ToList();
    }

    /// <summary>Levenshtein distance, with a containment shortcut so "qwen 7b" finds "qwen2.5-7b-instruct".</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 0 && b.Contains(a, StringComparison.Ordinal))
        {
            return b.Length - a.Length > 0 ? 1 : 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    internal static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
