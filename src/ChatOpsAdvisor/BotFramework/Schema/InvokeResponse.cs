using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.BotFramework.Schema;

/// <summary>
/// The Universal Actions answer to an <c>adaptiveCard/action</c> invoke, sent as the HTTP body
/// (bot-protocol.md §d.2): a card that replaces the clicked one, a message, or an error.
/// </summary>
public sealed record InvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public static InvokeResponse Card(JsonNode card) => new(200, ContentTypes.AdaptiveCard, card);

    public static InvokeResponse Message(string text) => new(200, ContentTypes.ActivityMessage, JsonValue.Create(text));

    public static InvokeResponse Failure(int statusCode, string code, string message) =>
        new(statusCode, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message });
}
