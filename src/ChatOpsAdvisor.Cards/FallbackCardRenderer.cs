using System.Text.Json.Nodes;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Cards;

/// <summary>Renders any reply card as a one-block Adaptive Card with its fallback text (until templates exist).</summary>
public sealed class FallbackCardRenderer : IAdaptiveCardRenderer
{
    public JsonObject Render(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = card.FallbackText,
                ["wrap"] = true,
            }),
        };
    }
}
