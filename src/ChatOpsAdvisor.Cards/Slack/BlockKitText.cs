using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Slack;

/// <summary>Text and values cut to Block Kit's limits without breaking what Slack parses.</summary>
public static class BlockKitText
{
    /// <summary>A button value object as JSON text within 2,000 characters: the longest string in it is shortened until it fits.</summary>
    public static string ButtonValue(JsonObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = value.ToJsonString();
        while (json.Length > BlockKitLimits.ButtonValue)
        {
            var longest = value.Where(p => BlockKitJson.Text(p.Value) is not null).MaxBy(p => BlockKitJson.Text(p.Value)!.Length);
            var text = longest.Key is null ? string.Empty : BlockKitJson.Text(longest.Value)!;
            if (text.Length == 0)
            {
                break;
            }

            value[longest.Key!] = text[..(text.Length / 2)];
            json = value.ToJsonString();
        }

        return json;
    }

    /// <summary>
    /// At most <paramref name="max"/> characters ending with "…", never splitting a surrogate pair or an
    /// escaped entity (&amp;amp; &amp;lt; &amp;gt;).
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        var amp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 5));
        if (amp >= 0 && text.IndexOf(';', amp) is var semi && (semi < 0 || semi >= cut))
        {
            cut = amp;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
