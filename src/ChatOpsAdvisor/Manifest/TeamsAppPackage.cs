using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatOpsAdvisor.Manifest;

/// <summary>
/// Builds the Teams app package from manifest/: manifest.json with the Agents Toolkit placeholders
/// (${{TEAMS_APP_ID}}, ${{BOT_ID}}, ${{BOT_DOMAIN}}) filled in, color.png and outline.png — exactly
/// those three files — after checking the manifest and the icons.
/// </summary>
public static partial class TeamsAppPackage
{
    public static readonly IReadOnlyList<string> Files = ["manifest.json", "color.png", "outline.png"];

    public static JsonObject Fill(string manifestText, string botId, string? appId, string? botDomain)
    {
        ArgumentNullException.ThrowIfNull(manifestText);
        var manifest = JsonNode.Parse(manifestText) as JsonObject ?? throw new InvalidDataException("manifest.json is not a JSON object");
        Replace(manifest, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["TEAMS_APP_ID"] = appId ?? botId,
            ["BOT_ID"] = botId,
            ["BOT_DOMAIN"] = botDomain,
        });

        // Without a domain the placeholder entry goes: a bot needs no valid domains.
        if (manifest["validDomains"] is JsonArray domains)
        {
            foreach (var placeholder in domains.Where(d => d is null).ToList())
            {
                domains.Remove(placeholder);
            }
        }

        return manifest;
    }

    public static void Write(string folder, JsonObject manifest, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var directory = Path.GetDirectoryName(Path.GetFullPath(zipPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temp = zipPath + ".tmp";
        using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
            {
                writer.Write(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }

            zip.CreateEntryFromFile(Path.Combine(folder, "color.png"), "color.png");
            zip.CreateEntryFromFile(Path.Combine(folder, "outline.png"), "outline.png");
        }

        File.Move(temp, zipPath, overwrite: true);
    }

    private static void Replace(JsonNode node, IReadOnlyDictionary<string, string?> values)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    if (child is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        o[key] = Substitute(v.GetValue<string>(), values);
                    }
                    else if (child is not null)
                    {
                        Replace(child, values);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        a[i] = Substitute(v.GetValue<string>(), values);
                    }
                    else if (a[i] is { } child)
                    {
                        Replace(child, values);
                    }
                }

                break;
        }
    }

    /// <summary>A string that is only a missing placeholder becomes null (and is then dropped from arrays).</summary>
    private static JsonNode? Substitute(string text, IReadOnlyDictionary<string, string?> values)
    {
        var whole = Placeholder().Match(text);
        if (whole.Success && whole.Length == text.Length && values.TryGetValue(whole.Groups["name"].Value, out var only) && only is null)
        {
            return null;
        }

        return JsonValue.Create(Placeholder().Replace(text, m => values.TryGetValue(m.Groups["name"].Value, out var v) && v is not null ? v : m.Value));
    }

    [GeneratedRegex(@"\$\{\{(?<name>[A-Z0-9_]+)\}\}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Placeholder();
}
