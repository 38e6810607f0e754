namespace ChatOpsAdvisor.Conversation.Understanding;

/// <summary>The reply language: Japanese when the locale is ja-* or the person writes Japanese, else English.</summary>
public static class Language
{
    public const string English = "en";
    public const string Japanese = "ja";

    public static string Detect(string? locale, string? text, string? previous = null)
    {
        if (text is not null && ContainsJapanese(text))
        {
            return Japanese;
        }

        if (locale is not null && locale.StartsWith("ja", StringComparison.OrdinalIgnoreCase))
        {
            return Japanese;
        }

        // Card clicks carry no text: keep the language of the conversation so far.
        return string.IsNullOrWhiteSpace(text) && previous is not null ? previous : English;
    }

    public static bool ContainsJapanese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF66' and <= '\uFF9F'))
            {
                return true;
            }
        }

        return false;
    }
}
