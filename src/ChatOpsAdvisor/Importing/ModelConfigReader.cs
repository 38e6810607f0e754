using System.Text.Json;

namespace ChatOpsAdvisor.Importing;

/// <summary>The architecture facts of one model from a config file.</summary>
public sealed record ModelConfig(string Id, int? Layers, int? Hidden, int? Heads, int? KvHeads, int? HeadDim, int? Context, long? Parameters)
{
    public bool Complete => Layers > 0 && Hidden > 0 && Heads > 0 && KvHeads > 0 && (HeadDim > 0 || Hidden % Heads == 0);
}

/// <summary>
/// Reads architectures from llmfit's catalogue layout (a JSON array with name, num_hidden_layers,
/// hidden_size, num_attention_heads, num_key_value_heads, head_dim, context_length, parameters_raw)
/// or from a folder of Hugging Face config.json files (org__name/config.json or _name_or_path).
/// </summary>
public static class ModelConfigReader
{
    public static IReadOnlyList<ModelConfig> Read(string path, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Directory.Exists(path) ? Folder(path, report) : Catalogue(path, report);
    }

    private static List<ModelConfig> Catalogue(string path, ImportReport report)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: expected a JSON array of model entries (llmfit layout) or a folder of config.json files");
        }

        var configs = new List<ModelConfig>();
        var index = 0;
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            index++;
            report.ConfigEntries++;
            if (e.ValueKind != JsonValueKind.Object || Str(e, "name") is not { } name)
            {
                report.Skip(path, $"entry {index}", "no name");
                continue;
            }

            configs.Add(new ModelConfig(name, Int(e, "num_hidden_layers"), Int(e, "hidden_size"), Int(e, "num_attention_heads"), Int(e, "num_key_value_heads"), Int(e, "head_dim"), Int(e, "context_length"), Long(e, "parameters_raw")));
        }

        return configs;
    }

    private static List<ModelConfig> Folder(string folder, ImportReport report)
    {
        var configs = new List<ModelConfig>();
        foreach (var file in Directory.EnumerateFiles(folder, "config.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            report.ConfigEntries++;
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                var root = doc.RootElement;
                var c = root.TryGetProperty("text_config", out var text) && text.ValueKind == JsonValueKind.Object ? text : root;
                var relative = Path.GetRelativePath(folder, Path.GetDirectoryName(file)!).Replace('\\', '/').Replace("__", "/", StringComparison.Ordinal);
                var id = Str(root, "_name_or_path") is { } named && named.Contains('/', StringComparison.Ordinal) ? named : relative;
                var heads = Int(c, "num_attention_heads");
                configs.Add(new ModelConfig(id, Int(c, "num_hidden_layers"), Int(c, "hidden_size"), heads, Int(c, "num_key_value_heads") ?? heads, Int(c, "head_dim"), Int(c, "max_position_embeddings"), null));
            }
            catch (JsonException ex)
            {
                report.Skip(file, (int)(ex.LineNumber ?? 0) + 1, "not valid JSON");
            }
        }

        return configs;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n > 0 ? n : null;

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n > 0 ? n : null;
}
