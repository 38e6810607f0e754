using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>Renders any reply card as a one-TextBlock Adaptive Card whose id is the template name.</summary>
public sealed class TestCardRenderer : IAdaptiveCardRenderer
{
    public JsonObject Render(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["id"] = card.Template, ["text"] = card.FallbackText, ["wrap"] = true }),
        };
    }
}
