using System.Globalization;

namespace ChatOpsAdvisor.Conversation.Localization;

/// <summary>
/// Every user-visible string of the flow, in English and Japanese (EnglishTexts, JapaneseTexts).
/// A test checks both tables have the same keys and the same {n} placeholders.
/// </summary>
public static class Texts
{
    public static string Get(string language, string key, params object?[] args)
    {
        var table = language == "ja" ? JapaneseTexts.Table : EnglishTexts.Table;
        if (!table.TryGetValue(key, out var template) && !EnglishTexts.Table.TryGetValue(key, out template))
        {
            throw new KeyNotFoundException($"no text for \"{key}\"");
        }

        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
