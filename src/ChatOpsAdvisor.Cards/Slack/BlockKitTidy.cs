using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Slack;

/// <summary>
/// Turns a bound template into blocks Slack accepts. Templates stay as close to the Teams ones as Block
/// Kit allows: a button's <c>value</c> is written as an object (the same data an Action.Submit carries) and
/// sent as its JSON text; a select's <c>initial_option(s)</c> is written as the chosen value(s) and
/// becomes the matching option; empty texts, lists and optional values are dropped, since Slack
/// rejects them. Values are data, not display text, so their mrkdwn escaping is undone.
/// </summary>
public static class BlockKitTidy
{
    public static void Apply(JsonArray blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var node in blocks.OfType<JsonObject>().SelectMany(BlockKitJson.Descendants).ToList())
        {
            ResolveInitialOptions(node);
            FixValues(node);
            if (BlockKitJson.Text(node["type"]) is "mrkdwn" or "plain_text" && BlockKitJson.Text(node["text"]) is { } text)
            {
                node["text"] = text.TrimEnd();
            }
        }

        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i] is not JsonObject block || !Keep(block))
            {
                blocks.RemoveAt(i);
            }
        }
    }

    private static void ResolveInitialOptions(JsonObject element)
    {
        var options = element["options"] as JsonArray;
        if (BlockKitJson.Text(element["initial_option"]) is { } chosen)
        {
            var match = options?.OfType<JsonObject>().FirstOrDefault(o => BlockKitJson.Text(o["value"]) == chosen);
            Replace(element, "initial_option", match?.DeepClone());
        }

        if (BlockKitJson.Text(element["initial_options"]) is { } list)
        {
            var wanted = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var matches = options?.OfType<JsonObject>().Where(o => wanted.Contains(BlockKitJson.Text(o["value"]))).Select(o => (JsonNode?)o.DeepClone()).ToArray() ?? [];
            Replace(element, "initial_options", matches.Length == 0 ? null : new JsonArray(matches));
        }
    }

    private static void FixValues(JsonObject node)
    {
        switch (node["value"])
        {
            case JsonObject data:
                var copy = data.DeepClone();
                Mrkdwn.Map(copy, Mrkdwn.Unescape);
                node["value"] = BlockKitText.ButtonValue(copy.AsObject());
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                node["value"] = Mrkdwn.Unescape(v.GetValue<string>());
                break;
        }

        if (BlockKitJson.Text(node["initial_value"]) is { } initial)
        {
            Replace(node, "initial_value", initial.Length == 0 ? null : Mrkdwn.Unescape(initial));
        }
    }

    /// <summary>Blocks left without content (an empty list, a false condition inside) are dropped.</summary>
    private static bool Keep(JsonObject block)
    {
        if (block["fields"] is JsonArray { Count: 0 })
        {
            block.Remove("fields");
        }

        if (block["text"] is JsonObject text && string.IsNullOrWhiteSpace(BlockKitJson.Text(text["text"])))
        {
            block.Remove("text");
        }

        if (block["elements"] is JsonArray elements)
        {
            for (var i = elements.Count - 1; i >= 0; i--)
            {
                if (elements[i] is JsonObject item && BlockKitJson.Text(item["type"]) is "mrkdwn" or "plain_text" && string.IsNullOrWhiteSpace(BlockKitJson.Text(item["text"])))
                {
                    elements.RemoveAt(i);
                }
            }
        }

        return BlockKitJson.Text(block["type"]) switch
        {
            "section" => block.ContainsKey("text") || block.ContainsKey("fields"),
            "header" => block.ContainsKey("text"),
            "context" or "actions" => block["elements"] is JsonArray { Count: > 0 },
            "input" => block["element"] is not JsonObject element || element["options"] is not JsonArray options || options.Count > 0,
            _ => true,
        };
    }

    private static void Replace(JsonObject node, string name, JsonNode? value)
    {
        node.Remove(name);
        if (value is not null)
        {
            node[name] = value;
        }
    }
}
