using System.Globalization;
using System.Text.Json;

namespace ChatOpsAdvisor.BotFramework.Turns;

/// <summary>
/// Flattens a card submission (<c>value</c>, or an Action.Execute's <c>data</c>) into the flat string inputs a
/// Turn carries: nested objects and arrays become dotted keys ("gpu.count", "tags.0"); a bare scalar value
/// becomes the key "value"; JSON nulls are left out.
/// </summary>
public static class CardValue
{
    public const string ScalarKey = "value";

    public static IReadOnlyDictionary<string, string>? Flatten(JsonElement? value)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(inputs, element.ValueKind is JsonValueKind.Object ? "" : ScalarKey, element);
        return inputs;
    }

    private static void Add(Dictionary<string, string> inputs, string key, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Add(inputs, Join(key, property.Name), property.Value);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Add(inputs, Join(key, (index++).ToString(CultureInfo.InvariantCulture)), item);
                }

                break;
            case JsonValueKind.String:
                inputs[key] = element.GetString()!;
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                inputs[key] = element.GetRawText();
                break;
            default:
                break;
        }
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;
}
