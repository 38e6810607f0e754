using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace ChatOpsAdvisor.Manifest;

/// <summary>
/// Checks a filled-in manifest and its icons. With the Teams JSON schema (--schema) every field is
/// checked by the official schema; the built-in rules (shared/reference/bot-protocol.md §f) always
/// run: GUID ids, lengths, scopes, no placeholders left, icon sizes and the outline's colours.
/// </summary>
public static partial class ManifestValidator
{
    public static readonly IReadOnlySet<string> BotScopes = new HashSet<string>(StringComparer.Ordinal) { "personal", "team", "groupChat", "copilot" };

    public static IReadOnlyList<string> Validate(JsonObject manifest, string iconFolder, string? schemaPath)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var errors = new List<string>();
        if (schemaPath is not null)
        {
            var schema = JsonSchema.FromText(AsDraft06(File.ReadAllText(schemaPath)));
            var result = schema.Evaluate(JsonDocument.Parse(manifest.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            errors.AddRange((result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{Field(d.InstanceLocation.ToString())}: {e.Value}")));
        }

        Rules(manifest, errors);
        Icons(manifest, iconFolder, errors);
        return errors.Distinct().ToList();
    }

    private static void Rules(JsonObject m, List<string> errors)
    {
        if (PlaceholderLeft().IsMatch(m.ToJsonString()))
        {
            errors.Add("manifest: a ${{...}} placeholder was not filled in");
        }

        Guid(m["id"], "id", errors);
        MaxLength(m["name"]?["short"], "name.short", 30, errors);
        MaxLength(m["name"]?["full"], "name.full", 100, errors);
        MaxLength(m["description"]?["short"], "description.short", 80, errors);
        MaxLength(m["description"]?["full"], "description.full", 4000, errors);
        if (m["accentColor"]?.GetValue<string>() is not { } color || !AccentColor().IsMatch(color))
        {
            errors.Add("accentColor: must be #RRGGBB");
        }

        var bots = m["bots"] as JsonArray ?? [];
        if (bots.Count != 1)
        {
            errors.Add("bots: exactly one bot is expected");
        }

        for (var i = 0; i < bots.Count; i++)
        {
            Guid(bots[i]?["botId"], $"bots[{i}].botId", errors);
            foreach (var scope in (bots[i]?["scopes"] as JsonArray ?? []).Select(s => s?.GetValue<string>()))
            {
                if (scope is null || !BotScopes.Contains(scope))
                {
                    errors.Add($"bots[{i}].scopes: \"{scope}\" is not a bot scope (personal, team, groupChat, copilot)");
                }
            }

            var lists = bots[i]?["commandLists"] as JsonArray ?? [];
            for (var l = 0; l < lists.Count; l++)
            {
                var commands = lists[l]?["commands"] as JsonArray ?? [];
                if (commands.Count > 10)
                {
                    errors.Add($"bots[{i}].commandLists[{l}].commands: at most 10 commands");
                }
            }
        }
    }

    private static void Icons(JsonObject m, string folder, List<string> errors)
    {
        Icon(folder, m["icons"]?["color"]?.GetValue<string>(), "icons.color", 192, errors, outline: false);
        Icon(folder, m["icons"]?["outline"]?.GetValue<string>(), "icons.outline", 32, errors, outline: true);
    }

    private static void Icon(string folder, string? file, string field, int size, List<string> errors, bool outline)
    {
        var path = file is null ? null : Path.Combine(folder, file);
        if (path is null || !File.Exists(path))
        {
            errors.Add($"{field}: the file \"{file}\" is missing");
            return;
        }

        var png = PngImage.Read(File.ReadAllBytes(path));
        if (png.Width != size || png.Height != size)
        {
            errors.Add($"{field}: must be {size}×{size} pixels (is {png.Width}×{png.Height})");
        }

        if (outline && png.Rgba is null)
        {
            errors.Add($"{field}: must be an 8-bit RGBA PNG (white on transparent)");
        }
        else if (outline)
        {
            for (var y = 0; y < png.Height; y++)
            {
                for (var x = 0; x < png.Width; x++)
                {
                    var (r, g, b, a) = png.Pixel(x, y);
                    if (a != 0 && (r, g, b) != (255, 255, 255))
                    {
                        errors.Add($"{field}: pixel ({x},{y}) is neither white nor fully transparent");
                        return;
                    }
                }
            }
        }
    }

    private static void Guid(JsonNode? node, string field, List<string> errors)
    {
        if (node?.GetValue<string>() is not { } text || !System.Guid.TryParseExact(text, "D", out _))
        {
            errors.Add($"{field}: must be a GUID (the Microsoft App ID), was \"{node}\"");
        }
    }

    private static void MaxLength(JsonNode? node, string field, int max, List<string> errors)
    {
        var text = node?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{field}: is required");
        }
        else if (text.Length > max)
        {
            errors.Add($"{field}: at most {max} characters (has {text.Length})");
        }
    }

    /// <summary>
    /// The Teams schemas declare draft-04, which JsonSchema.Net does not implement. Draft-06 differs from it
    /// only in exclusiveMinimum/Maximum (numbers instead of booleans) and $id — keywords the Teams schemas do
    /// not use — so they are evaluated as draft-06.
    /// </summary>
    private static string AsDraft06(string schemaText)
    {
        var node = JsonNode.Parse(schemaText) as JsonObject ?? throw new InvalidDataException("the schema is not a JSON object");
        if (node["$schema"]?.GetValue<string>() is { } dialect && dialect.Contains("draft-04", StringComparison.Ordinal))
        {
            if (schemaText.Contains("\"exclusiveMinimum\"", StringComparison.Ordinal) || schemaText.Contains("\"exclusiveMaximum\"", StringComparison.Ordinal))
            {
                throw new InvalidDataException("this draft-04 schema uses exclusiveMinimum/Maximum, which draft-06 reads differently");
            }

            node["$schema"] = "http://json-schema.org/draft-06/schema#";
        }

        return node.ToJsonString();
    }

    private static string Field(string pointer) => pointer.Length <= 1 ? "manifest" : pointer.TrimStart('/').Replace('/', '.');

    [GeneratedRegex(@"\$\{\{[A-Z0-9_]+\}\}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PlaceholderLeft();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex AccentColor();
}
