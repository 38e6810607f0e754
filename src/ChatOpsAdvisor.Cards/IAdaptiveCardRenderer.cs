using System.Text.Json.Nodes;
using ChatOpsAdvisor.Conversation;

namespace ChatOpsAdvisor.Cards;

/// <summary>Turns a reply card into Adaptive Card JSON (the content of a Bot Framework attachment).</summary>
public interface IAdaptiveCardRenderer
{
    JsonObject Render(ReplyCard card);
}
