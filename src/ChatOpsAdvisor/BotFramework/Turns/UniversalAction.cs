using System.Text.Json;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// The Action.Execute of an <c>adaptiveCard/action</c> invoke: <c>value.action.verb</c> and <c>.data</c>
/// (the action's data with the card's inputs merged in). Shape rules from the SDK (bot-protocol.md §d.2).
/// </summary>
public sealed record UniversalAction(string Verb, JsonElement? Data)
{
    public const string ExecuteType = "Action.Execute";

    /// <summary>The action, or null with a reason when the value is not an Action.Execute invoke value.</summary>
    public static UniversalAction? Read(JsonElement? value, out string problem)
    {
        problem = "";
        if (value is not { ValueKind: JsonValueKind.Object } body)
        {
            problem = "value must be an object";
            return null;
        }

        if (!body.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            problem = "value.action is missing";
            return null;
        }

        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != ExecuteType)
        {
            problem = "value.action.type must be Action.Execute";
            return null;
        }

        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        JsonElement? data = action.TryGetProperty("data", out var d) ? d : null;
        return new UniversalAction(verb, data);
    }
}
