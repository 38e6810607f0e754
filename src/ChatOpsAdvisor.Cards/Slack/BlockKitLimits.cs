using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Slack;

/// <summary>
/// Block Kit's limits (shared/reference/bot-protocol.md §e.2: Slack's Block Kit reference, python-slack-sdk
/// and node-slack-sdk block models). Texts over a limit are cut with "…" and lists over a count keep their
/// first items; <see cref="Enforce"/> says whether anything was cut so the renderer can add a note.
/// </summary>
public static class BlockKitLimits
{
    public const int MaxBlocks = 50;
    public const int SectionText = 3000;
    public const int MaxFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int OptionText = 75;
    public const int Placeholder = 150;
    public const int Label = 2000;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int SelectOptions = 100;
    public const int CheckboxOptions = 10;

    /// <summary>Cuts every text and list of the blocks to its limit; true when something was cut.</summary>
    public static bool Enforce(JsonArray blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var cut = false;
        foreach (var block in blocks.OfType<JsonObject>())
        {
            switch (BlockKitJson.Text(block["type"]))
            {
                case "header":
                    cut |= Clip(block["text"], HeaderText);
                    break;
                case "section":
                    cut |= Clip(block["text"], SectionText);
                    cut |= Keep(block["fields"] as JsonArray, MaxFields);
                    foreach (var field in (block["fields"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        cut |= Clip(field, FieldText);
                    }

                    break;
                case "context":
                    cut |= Keep(block["elements"] as JsonArray, ContextElements);
                    foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        cut |= Clip(element, SectionText);
                    }

                    break;
                case "actions":
                    cut |= Keep(block["elements"] as JsonArray, ActionsElements);
                    foreach (var button in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        cut |= Clip(button["text"], ButtonText);
                    }

                    break;
                case "input":
                    cut |= Clip(block["label"], Label);
                    cut |= Element(block["element"] as JsonObject);
                    break;
            }
        }

        return cut;
    }

    private static bool Element(JsonObject? element)
    {
        if (element is null)
        {
            return false;
        }

        var cut = Clip(element["placeholder"], Placeholder);
        var max = BlockKitJson.Text(element["type"]) is "checkboxes" or "radio_buttons" ? CheckboxOptions : SelectOptions;
        cut |= Keep(element["options"] as JsonArray, max);
        foreach (var option in (element["options"] as JsonArray ?? []).OfType<JsonObject>())
        {
            cut |= Clip(option["text"], OptionText);
        }

        return cut;
    }

    private static bool Keep(JsonArray? list, int max)
    {
        if (list is null || list.Count <= max)
        {
            return false;
        }

        while (list.Count > max)
        {
            list.RemoveAt(list.Count - 1);
        }

        return true;
    }

    /// <summary>Cuts a text object's text to <paramref name="max"/> characters, ending with "…".</summary>
    private static bool Clip(JsonNode? textObject, int max)
    {
        if (textObject is not JsonObject obj || BlockKitJson.Text(obj["text"]) is not { } text || text.Length <= max)
        {
            return false;
        }

        obj["text"] = BlockKitText.Shorten(text, max);
        return true;
    }
}
