using System.Text.Json.Nodes;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Cards;

/// <summary>Turns a reply card into Adaptive Card JSON (the content of a Bot Framework attachment).</summary>
public interface IAdaptiveCardRenderer
{
    /// <summary>The card as a JSON object to read or change (the terminal chat, tests).</summary>
    JsonObject Render(ReplyCard card);

    /// <summary>The card as the UTF-8 JSON a reply carries (the Teams path); by default, <see cref="Render"/> written out.</summary>
    CardJson RenderJson(ReplyCard card) => CardJson.From(Render(card));
}
