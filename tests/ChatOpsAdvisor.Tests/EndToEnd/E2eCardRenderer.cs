using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Tests.EndToEnd;

/// <summary>Renders <see cref="E2eCard"/>s: a TextBlock and, on request, an Action.Submit and an Action.Execute button.</summary>
public sealed class E2eCardRenderer : IAdaptiveCardRenderer
{
    public JsonObject Render(ReplyCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var view = card.ViewModel as E2eCard ?? new E2eCard(card.FallbackText, WithButtons: false);
        var rendered = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = view.Text, ["wrap"] = true }),
        };
        if (view.WithButtons)
        {
            rendered["actions"] = new JsonArray(
                new JsonObject { ["type"] = "Action.Submit", ["title"] = E2eFlow.SubmitButton, ["data"] = new JsonObject { ["choice"] = "blue" } },
                new JsonObject { ["type"] = "Action.Execute", ["title"] = E2eFlow.ExecuteButton, ["verb"] = "pick", ["data"] = new JsonObject { ["choice"] = "red" } });
        }

        return rendered;
    }
}
