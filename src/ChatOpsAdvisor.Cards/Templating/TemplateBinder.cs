using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Templating;

/// <summary>
/// Binds an Adaptive Cards Templating template (the subset our templates use) on a JsonNode tree:
/// <c>${path}</c> in strings (a whole-string expression keeps the value's type), <c>$data</c> to
/// change the data context (an array repeats the element once per item), and <c>$when</c> to drop
/// an element. Paths: <c>a.b</c>, <c>$root.a</c>, <c>$data</c>, <c>$index</c>; <c>!path</c> negates.
/// Values are copied as JSON nodes, never spliced into JSON text, so user text cannot break a card.
/// The official engine (npm adaptivecards-templating) must produce the same card: a test checks it.
/// </summary>
public static class TemplateBinder
{
    public static JsonNode? Bind(JsonNode template, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(template);
        var scope = new Scope(data, data, -1);
        return BindNode(template, scope);
    }

    private static JsonNode? BindNode(JsonNode? node, Scope scope) => node switch
    {
        JsonObject obj => BindObject(obj, scope),
        JsonArray array => BindArray(array, scope),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => BindString(value.GetValue<string>(), scope),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonArray BindArray(JsonArray array, Scope scope)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonObject obj && obj.TryGetPropertyValue("$data", out var dataExpr))
            {
                foreach (var bound in Expand(obj, dataExpr, scope))
                {
                    result.Add(bound);
                }

                continue;
            }

            if (item is JsonObject conditional && !When(conditional, scope))
            {
                continue;
            }

            result.Add(BindNode(item, scope));
        }

        return result;
    }

    /// <summary>An element with $data: repeated per array item, or bound once in the new context.</summary>
    private static IEnumerable<JsonNode?> Expand(JsonObject element, JsonNode? dataExpr, Scope scope)
    {
        var context = dataExpr is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? Evaluate(v.GetValue<string>(), scope)
            : dataExpr;
        if (context is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var itemScope = new Scope(scope.Root, items[i], i);
                if (When(element, itemScope))
                {
                    yield return BindObject(element, itemScope);
                }
            }

            yield break;
        }

        var inner = new Scope(scope.Root, context, -1);
        if (When(element, inner))
        {
            yield return BindObject(element, inner);
        }
    }

    private static JsonObject BindObject(JsonObject obj, Scope scope)
    {
        var result = new JsonObject();
        foreach (var (name, value) in obj)
        {
            if (name is "$data" or "$when")
            {
                continue;
            }

            if (value is JsonObject child && child.TryGetPropertyValue("$data", out var dataExpr))
            {
                // An object-valued property with $data binds in that context (arrays of items are handled in BindArray).
                var bound = Expand(child, dataExpr, scope).FirstOrDefault();
                if (bound is not null)
                {
                    result[name] = bound;
                }

                continue;
            }

            if (value is JsonObject conditional && !When(conditional, scope))
            {
                continue;
            }

            result[name] = BindNode(value, scope);
        }

        return result;
    }

    private static bool When(JsonObject element, Scope scope)
    {
        if (!element.TryGetPropertyValue("$when", out var when) || when is null)
        {
            return true;
        }

        var value = when is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Evaluate(v.GetValue<string>(), scope) : when;
        return Truthy(value);
    }

    private static JsonNode? BindString(string text, Scope scope)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            return JsonValue.Create(text);
        }

        // A string that is exactly one expression keeps the value's JSON type (number, boolean, object).
        if (start == 0 && text.EndsWith('}') && text.IndexOf('}', StringComparison.Ordinal) == text.Length - 1)
        {
            return Evaluate(text, scope)?.DeepClone();
        }

        var builder = new StringBuilder(text.Length);
        var at = 0;
        while (start >= 0)
        {
            var end = text.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            builder.Append(text, at, start - at);
            builder.Append(AsText(Evaluate(text[start..(end + 1)], scope)));
            at = end + 1;
            start = text.IndexOf("${", at, StringComparison.Ordinal);
        }

        builder.Append(text, at, text.Length - at);
        return JsonValue.Create(builder.ToString());
    }

    private static JsonNode? Evaluate(string expression, Scope scope)
    {
        var expr = expression.Trim();
        if (expr.StartsWith("${", StringComparison.Ordinal) && expr.EndsWith('}'))
        {
            expr = expr[2..^1].Trim();
        }

        if (expr.StartsWith('!'))
        {
            return JsonValue.Create(!Truthy(Evaluate(expr[1..], scope)));
        }

        if (expr == "$index")
        {
            return JsonValue.Create(scope.Index);
        }

        var parts = expr.Split('.');
        JsonNode? current = parts[0] switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            _ => Property(scope.Data, parts[0]),
        };
        for (var i = 1; i < parts.Length && current is not null; i++)
        {
            current = Property(current, parts[i]);
        }

        return current;
    }

    private static JsonNode? Property(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value : null;

    private static bool Truthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.Number => v.GetValue<double>() != 0,
            _ => false,
        },
        JsonArray a => a.Count > 0,
        _ => true,
    };

    /// <summary>Values inside a longer string: strings as they are, numbers as JavaScript would print them.</summary>
    private static string AsText(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => v.ToJsonString(),
        },
        _ => value.ToJsonString(),
    };

    private readonly record struct Scope(JsonNode? Root, JsonNode? Data, int Index);
}
