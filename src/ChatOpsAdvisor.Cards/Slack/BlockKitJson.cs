using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Slack;

/// <summary>Small reads over bound Block Kit JSON.</summary>
internal static class BlockKitJson
{
    internal static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    internal static IEnumerable<JsonObject> Descendants(JsonObject root)
    {
        yield return root;
        foreach (var (_, child) in root)
        {
            var objects = child switch
            {
                JsonObject o => Descendants(o),
                JsonArray a => a.OfType<JsonObject>().SelectMany(Descendants),
                _ => [],
            };
            foreach (var o in objects)
            {
                yield return o;
            }
        }
    }
}
