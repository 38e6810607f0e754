using System.Globalization;
using System.Text.Json;

namespace ChatOpsAdvisor.Advice.Catalog;

/// <summary>
/// Reads one JSON object of a catalog file and reports any problem with the file, the entry and
/// the field's path, so a broken catalog says exactly where it is broken.
/// </summary>
internal readonly struct JsonFields(string file, string entry, string path, JsonElement element)
{
    public string File => file;

    public string Entry => entry;

    public JsonFields For(string newEntry) => new(file, newEntry, path, element);

    public CatalogException Error(string field, string problem) => new(file, entry, Qualify(field), problem);

    public string RequiredString(string name)
    {
        var value = OptionalString(name);
        return string.IsNullOrWhiteSpace(value) ? throw Error(name, "is required (a non-empty string)") : value;
    }

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(name, "must be a string");
    }

    public double RequiredNumber(string name, double min, double max)
        => OptionalNumber(name, min, max) ?? throw Error(name, "is required (a number)");

    public double? OptionalNumber(string name, double min, double max)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            throw Error(name, "must be a number");
        }

        return number < min || number > max
            ? throw Error(name, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} (was {number.ToString(CultureInfo.InvariantCulture)})")
            : number;
    }

    public int RequiredPositiveInt(string name) => OptionalPositiveInt(name) ?? throw Error(name, "is required (a positive integer)");

    public int? OptionalPositiveInt(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number > 0
            ? number
            : throw Error(name, "must be a positive integer");
    }

    public bool OptionalBool(string name, bool fallback)
    {
        if (!TryGet(name, out var value))
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(name, "must be true or false"),
        };
    }

    public DateOnly? OptionalDate(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(name, $"must be a date yyyy-mm-dd (was \"{text}\")");
    }

    public string OneOf(string name, IReadOnlySet<string> allowed, string? fallback = null)
    {
        var value = fallback is null ? RequiredString(name) : OptionalString(name) ?? fallback;
        return allowed.Contains(value)
            ? value
            : throw Error(name, $"must be one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))} (was \"{value}\")");
    }

    public JsonFields? OptionalObject(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new JsonFields(file, entry, Qualify(name), value)
            : throw Error(name, "must be an object");
    }

    public JsonFields RequiredObject(string name) => OptionalObject(name) ?? throw Error(name, "is required (an object)");

    /// <summary>
    /// The objects of an array. Top-level lists (models, gpus) make each item its own entry;
    /// nested lists (a model's scores) keep the entry and extend the field path.
    /// </summary>
    public IEnumerable<JsonFields> Array(string name, bool required, bool nested = false)
    {
        if (!TryGet(name, out var value))
        {
            if (required)
            {
                throw Error(name, "is required (an array)");
            }

            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, "must be an array");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{Qualify(name)}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogException(file, entry, itemPath, "must be an object");
            }

            yield return nested
                ? new JsonFields(file, entry, itemPath, item)
                : new JsonFields(file, $"{name}[{index}]", string.Empty, item);
            index++;
        }
    }

    public IReadOnlyList<string> StringArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw Error(name, "must be an array of strings");
        }

        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public IEnumerable<(string Key, JsonFields Value)> Properties(string name)
    {
        var obj = RequiredObject(name);
        foreach (var property in obj.Element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogException(file, $"{name}.{property.Name}", string.Empty, "must be an object");
            }

            yield return (property.Name, new JsonFields(file, $"{name}.{property.Name}", string.Empty, property.Value));
        }
    }

    public LocalizedText RequiredText(string name)
    {
        var text = RequiredObject(name);
        return new LocalizedText(text.RequiredString("en"), text.RequiredString("ja"));
    }

    private JsonElement Element => element;

    private bool TryGet(string name, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    private string Qualify(string name) => path.Length == 0 ? name : $"{path}.{name}";
}
