using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Cards.Slack;

/// <summary>
/// Renders a reply card as Block Kit by binding cards/slack/{template}.json with the same view model the
/// Teams card uses. The data is mrkdwn-escaped before binding, so templates place text as it is; the
/// bound blocks are tidied into what Slack accepts and cut to Block Kit's limits. When a message would
/// need more than 50 blocks, the longest list in the data loses items from the end; whatever was cut,
/// the message ends with a note saying so. Content is shortened, never rejected by Slack.
/// </summary>
public sealed class BlockKitRenderer(TemplateStore templates) : IBlockKitRenderer
{
    /// <summary>Fallback text is a notification line: Slack advises staying well under 4,000 characters.</summary>
    public const int MaxText = 3000;

    public BlockKitMessage Render(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var template = templates.Get(card.Template);
        var data = ViewModelJson.ToNode(card.ViewModel);
        Mrkdwn.EscapeAll(data);

        var listsCut = false;
        var blocks = Bind(template, data, out var textsCut);
        while (blocks.Count > (listsCut || textsCut ? BlockKitLimits.MaxBlocks - 1 : BlockKitLimits.MaxBlocks))
        {
            if (LongestList(data) is not { } list)
            {
                KeepHeadAndActions(blocks, BlockKitLimits.MaxBlocks - 1);
                listsCut = true;
                break;
            }

            var excess = blocks.Count - (BlockKitLimits.MaxBlocks - 1);
            for (var i = 0; i < excess && list.Count > 0; i++)
            {
                list.RemoveAt(list.Count - 1);
            }

            listsCut = true;
            blocks = Bind(template, data, out textsCut);
        }

        if (listsCut || textsCut)
        {
            // The note goes above the buttons, where it is read before acting.
            var at = blocks.Count > 0 && IsActions(blocks[^1]) ? blocks.Count - 1 : blocks.Count;
            blocks.Insert(at, Note(data["lang"]?.GetValue<string>() == "ja"));
        }

        var text = card.FallbackText.Length > 0 ? card.FallbackText : card.Template;
        return new BlockKitMessage(blocks, BlockKitText.Shorten(Mrkdwn.Escape(text), MaxText));
    }

    private static JsonArray Bind(JsonNode template, JsonNode data, out bool cut)
    {
        var bound = TemplateBinder.Bind(template, data) as JsonObject ?? throw new InvalidDataException("a Slack template must be a JSON object");
        var blocks = bound["blocks"] as JsonArray ?? throw new InvalidDataException("a Slack template needs a \"blocks\" array");
        bound.Remove("blocks");
        BlockKitTidy.Apply(blocks);
        cut = BlockKitLimits.Enforce(blocks);
        return blocks;
    }

    /// <summary>The list in the data with the most items (nested lists included).</summary>
    private static JsonArray? LongestList(JsonNode? node)
    {
        JsonArray? best = null;
        Visit(node);
        return best;

        void Visit(JsonNode? n)
        {
            var children = n switch
            {
                JsonArray a => a,
                JsonObject o => o.Select(p => p.Value),
                _ => [],
            };
            if (n is JsonArray array && array.Count > (best?.Count ?? 0))
            {
                best = array;
            }

            foreach (var child in children)
            {
                Visit(child);
            }
        }
    }

    /// <summary>Last resort when no list can shrink: the first blocks, and the buttons if the message ends with them.</summary>
    private static void KeepHeadAndActions(JsonArray blocks, int max)
    {
        var actions = IsActions(blocks[^1]);
        while (blocks.Count > max)
        {
            blocks.RemoveAt(actions ? blocks.Count - 2 : blocks.Count - 1);
        }
    }

    private static bool IsActions(JsonNode? block) => block is JsonObject b && BlockKitJson.Text(b["type"]) == "actions";

    private static JsonObject Note(bool japanese) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject
        {
            ["type"] = "mrkdwn",
            ["text"] = japanese ? "Slack の上限に収めるため、一部を省略しました。" : "Some content was shortened to fit Slack's message limits.",
        }),
    };
}
