using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Slack;

/// <summary>
/// Slack's control characters in text objects are &amp;, &lt; and &gt;: user text must carry them as
/// entities, or "&lt;!channel&gt;" pings a channel and "&lt;http://x|y&gt;" becomes a link
/// (api.slack.com/reference/surfaces/formatting#escaping). Only these three are encoded; Slack decodes
/// exactly these for display.
/// </summary>
public static class Mrkdwn
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>The inverse of <see cref="Escape"/>: Slack also sends message text to the bot escaped this way.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('&', StringComparison.Ordinal)
            ? text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
            : text;
    }

    /// <summary>Escapes every string in a view model's data in place, so templates place text without thinking about it.</summary>
    public static void EscapeAll(JsonNode? node) => Map(node, Escape);

    /// <summary>Applies <paramref name="change"/> to every string value under <paramref name="node"/>, in place.</summary>
    public static void Map(JsonNode? node, Func<string, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (AsString(obj[name]) is { } text)
                    {
                        obj[name] = change(text);
                    }
                    else
                    {
                        Map(obj[name], change);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (AsString(array[i]) is { } text)
                    {
                        array[i] = change(text);
                    }
                    else
                    {
                        Map(array[i], change);
                    }
                }

                break;
        }
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
