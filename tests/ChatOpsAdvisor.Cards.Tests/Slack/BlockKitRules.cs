using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Slack;

namespace ChatOpsAdvisor.Cards.Tests.Slack;

/// <summary>Block Kit's rules for a message, checked on rendered blocks: every violation found, as readable lines.</summary>
public static class BlockKitRules
{
    private static readonly HashSet<string> BlockTypes = ["header", "section", "context", "actions", "input", "divider"];

    public static List<string> Violations(JsonArray blocks)
    {
        var found = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                found.Add(what);
            }
        }

        Check(blocks.Count is > 0 and <= BlockKitLimits.MaxBlocks, $"{blocks.Count} blocks");
        foreach (var (block, i) in blocks.Select((b, i) => (b!.AsObject(), i)))
        {
            var type = Text(block["type"]);
            Check(type is not null && BlockTypes.Contains(type), $"block {i}: type {type}");
            switch (type)
            {
                case "header":
                    Check(Length(block["text"]) is > 0 and <= BlockKitLimits.HeaderText, $"block {i}: header text {Length(block["text"])}");
                    break;
                case "section":
                    Check(block["text"] is not null || block["fields"] is not null, $"block {i}: empty section");
                    Check(block["text"] is null || Length(block["text"]) is > 0 and <= BlockKitLimits.SectionText, $"block {i}: section text {Length(block["text"])}");
                    var fields = block["fields"]?.AsArray() ?? [];
                    Check(block["fields"] is null || fields.Count is > 0 and <= BlockKitLimits.MaxFields, $"block {i}: {fields.Count} fields");
                    Check(fields.All(f => Length(f) is > 0 and <= BlockKitLimits.FieldText), $"block {i}: field text");
                    break;
                case "context":
                    Check(block["elements"]!.AsArray().Count is > 0 and <= BlockKitLimits.ContextElements, $"block {i}: context elements");
                    break;
                case "actions":
                    var buttons = block["elements"]!.AsArray();
                    Check(buttons.Count is > 0 and <= BlockKitLimits.ActionsElements, $"block {i}: {buttons.Count} buttons");
                    foreach (var button in buttons)
                    {
                        Check(Length(button!["text"]) is > 0 and <= BlockKitLimits.ButtonText, $"block {i}: button text {Length(button["text"])}");
                        Check(Text(button["value"]) is { Length: <= BlockKitLimits.ButtonValue }, $"block {i}: button value is not a string within 2000");
                        Check(Text(button["action_id"]) is { Length: > 0 and <= 255 }, $"block {i}: action_id");
                    }

                    break;
                case "input":
                    Check(Length(block["label"]) is > 0 and <= BlockKitLimits.Label, $"block {i}: label");
                    var element = block["element"]!.AsObject();
                    var options = element["options"]?.AsArray();
                    Check(options is null || options.Count is > 0 and <= BlockKitLimits.SelectOptions, $"block {i}: options");
                    Check(options is null || options.All(o => Length(o!["text"]) is > 0 and <= BlockKitLimits.OptionText && Text(o["value"]) is { Length: > 0 and <= 150 }), $"block {i}: option text or value");
                    Check(element["initial_option"] is null || options!.Any(o => JsonNode.DeepEquals(o, element["initial_option"])), $"block {i}: initial_option is not one of the options");
                    Check(element["initial_value"] is null || Text(element["initial_value"]) is { Length: > 0 }, $"block {i}: initial_value");
                    break;
            }
        }

        return found;
    }

    public static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Length of a text object's text (or of a plain string).</summary>
    private static int Length(JsonNode? node) => (Text(node) ?? Text(node?["text"]))?.Length ?? -1;
}
