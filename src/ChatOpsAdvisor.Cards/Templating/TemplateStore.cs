using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Cards.Templating;

/// <summary>Card templates of one surface (cards/teams or cards/slack), parsed once and kept.</summary>
public sealed class TemplateStore(string folder)
{
    private readonly ConcurrentDictionary<string, JsonNode> templates = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    public JsonNode Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return templates.GetOrAdd(name, Load);
    }

    public IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    private JsonNode Load(string name)
    {
        // Names come from code, never from users; still, refuse anything that is not a plain file name.
        if (name.IndexOfAny(['/', '\\', '.']) >= 0)
        {
            throw new ArgumentException($"invalid template name \"{name}\"", nameof(name));
        }

        var path = Path.Combine(Folder, name + ".json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"card template not found: {path}", path);
        }

        return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })
            ?? throw new InvalidDataException($"empty card template: {path}");
    }
}
