using System.Text;

namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>Loose name comparison and "did you mean" suggestions for models, GPUs and use cases.</summary>
public static class NameMatcher
{
    /// <summary>Lowercase, letters and digits only (full-width forms folded), so "RTX-4090" = "rtx 4090".</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            // Full-width ASCII (Ｕ+FF01–FF5E), common in Japanese input, folds to ASCII.
            var c = ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> Nearest(string query, IEnumerable<string> names, int count, Func<string, string>? alsoCompare = null) =>
        Nearest(query, names, count, name => alsoCompare is null ? [name] : [name, alsoCompare(name)], name => name);

    /// <summary>The display names of the items whose closest key (id, name, alias) is nearest the query.</summary>
    public static IReadOnlyList<string> Nearest<T>(string query, IEnumerable<T> items, int count, Func<T, IEnumerable<string>> keys, Func<T, string> display)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var q = Normalize(query);
        return items
            .Select(item => (name: display(item), distance: keys(item).Min(k => Distance(q, Normalize(k)))))
            .OrderBy(x => x.distance)
            .ThenBy(x => x.name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.name)
            .ToList();
    }

    /// <summary>Full-width ASCII (Ｕ+FF01–FF5E) and the ideographic space folded to ASCII: "２４ＧＢ" → "24GB".</summary>
    public static string FoldWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '\u3000' => ' ',
                _ => ch,
            });
        }

        return builder.ToString();
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
}
