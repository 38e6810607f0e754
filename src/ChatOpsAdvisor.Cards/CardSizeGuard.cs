using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards;

/// <summary>
/// Teams refuses cards over 28 KB (shared/reference/bot-protocol.md §d.1). When a bound card is too
/// big, the longest list in its data loses items from the end until the card fits; the card then
/// says that the list was shortened. Content is shortened, never rejected.
/// </summary>
public static class CardSizeGuard
{
    public const int MaxBytes = 28 * 1024;

    /// <summary>Bytes kept free for the "shortened" note.</summary>
    private const int NoteReserve = 512;

    public static JsonObject Fit(JsonNode data, Func<JsonNode, JsonObject> bind, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(bind);
        var card = bind(data);
        var shortened = false;

        // Leave room for the note; drop a share of the longest list proportional to the excess, at least one item.
        var target = maxBytes - NoteReserve;
        for (var size = Size(card); size > maxBytes || (shortened && size > target); size = Size(card))
        {
            if (Longest(data) is not { Count: > 0 } list)
            {
                break;
            }

            var excess = (double)(size - target) / size;
            var remove = Math.Clamp((int)Math.Ceiling(list.Count * excess), 1, list.Count);
            for (var i = 0; i < remove; i++)
            {
                list.RemoveAt(list.Count - 1);
            }

            shortened = true;
            card = bind(data);
        }

        if (shortened && card["body"] is JsonArray body)
        {
            var ja = data["lang"]?.GetValue<string>() == "ja";
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = ja ? "カードの大きさの上限に収めるため、一覧を短くしました。" : "Some items were left out to keep this card within the size limit.",
                ["wrap"] = true,
                ["isSubtle"] = true,
                ["size"] = "Small",
            });
        }

        return card;
    }

    /// <summary>The card's size as UTF-8 JSON, counted while writing into a small scratch buffer (no copy of the card is kept).</summary>
    public static int Size(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var counter = new ByteCounter();
        using (var writer = new Utf8JsonWriter(counter))
        {
            card.WriteTo(writer);
        }

        return counter.Count;
    }

    /// <summary>The longest array anywhere in the data, by serialised size.</summary>
    private static JsonArray? Longest(JsonNode? node)
    {
        JsonArray? best = null;
        var bestSize = 0;
        Visit(node);
        return best;

        void Visit(JsonNode? n)
        {
            switch (n)
            {
                case JsonArray a:
                    var size = a.ToJsonString().Length;
                    if (a.Count > 0 && size > bestSize)
                    {
                        best = a;
                        bestSize = size;
                    }

                    foreach (var item in a)
                    {
                        Visit(item);
                    }

                    break;
                case JsonObject o:
                    foreach (var (_, value) in o)
                    {
                        Visit(value);
                    }

                    break;
            }
        }
    }
}
