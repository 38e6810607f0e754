using System.Globalization;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Advice.Catalog;

namespace ChatOpsAdvisor.Importing;

/// <summary>
/// Merges imported rows into a catalog's models.json document: curated facts are kept (never
/// overwritten), imported scores are added with their source and date, new models are added with
/// what the import knows, flagged and merged models are marked.
/// </summary>
public sealed class CatalogMerge
{
    public const string LeaderboardSource = "oll-v2-import";
    public const string ArenaSource = "arena-import";
    public const string ConfigSource = "config-import";

    private readonly JsonObject document;
    private readonly JsonArray models;
    private readonly Dictionary<string, JsonObject> byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ImportReport report;

    public CatalogMerge(JsonObject modelsDocument, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(modelsDocument);
        document = modelsDocument;
        this.report = report;
        models = document["models"] as JsonArray ?? throw new InvalidDataException("models.json has no models array");
        foreach (var m in models.OfType<JsonObject>())
        {
            byId[m["id"]!.GetValue<string>()] = m;
        }
    }

    public void AddSource(string key, string title, string citation, string kind) =>
        (document["sources"] as JsonObject)![key] = new JsonObject { ["title"] = title, ["citation"] = citation, ["kind"] = kind };

    public void Leaderboard(IReadOnlyList<LeaderboardEntry> entries, string file)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var group in entries.GroupBy(e => e.ModelId, StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            if (!byId.TryGetValue(group.Key, out var model))
            {
                if (group.Select(e => e.ParametersBillions).FirstOrDefault(p => p is not null) is not { } parameters)
                {
                    report.Skip(file, first.Line, $"{group.Key}: no parameter count, so no memory estimate is possible");
                    continue;
                }

                model = NewModel(group.Key, parameters, LicenceKey(first.License, group.Key));
                report.ModelsAdded++;
            }
            else
            {
                report.ModelsUpdated++;
            }

            var scores = (JsonArray)model["scores"]!;
            foreach (var e in group)
            {
                foreach (var (benchmark, value) in e.Scores)
                {
                    if (!scores.OfType<JsonObject>().Any(s => Same(s, benchmark, value, e)))
                    {
                        scores.Add(new JsonObject
                        {
                            ["benchmark"] = benchmark,
                            ["value"] = value,
                            ["scale"] = ScoreScales.Normalised,
                            ["source"] = LeaderboardSource,
                            ["date"] = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            ["harness"] = "lm-eval (Open LLM Leaderboard v2 fork), chat template",
                            ["precision"] = e.Precision,
                            ["checkpoint"] = Checkpoints.Instruct,
                        });
                        report.ScoresAdded++;
                    }
                }
            }

            var flags = model["flags"] as JsonObject ?? new JsonObject();
            flags["flagged"] = (flags["flagged"]?.GetValue<bool>() ?? false) || group.Any(e => e.Flagged);
            flags["merged"] = (flags["merged"]?.GetValue<bool>() ?? false) || group.Any(e => e.Merged);
            model["flags"] = flags;
        }
    }

    public void Configs(IReadOnlyList<ModelConfig> configs, string file)
    {
        ArgumentNullException.ThrowIfNull(configs);
        var exact = configs.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byShortName = configs.Where(c => c.Complete).GroupBy(c => NameMatcher.Normalize(ModelCatalog.ShortName(c.Id))).ToDictionary(g => g.Key, g => g.First());
        foreach (var (id, model) in byId)
        {
            if (model["architecture"] is JsonObject)
            {
                continue;
            }

            // Gated repositories often lack configs; an ungated mirror of the same checkpoint (same name) carries them.
            var config = exact.GetValueOrDefault(id) is { Complete: true } c ? c : byShortName.GetValueOrDefault(NameMatcher.Normalize(ModelCatalog.ShortName(id)));
            if (config is null)
            {
                report.ParametersOnly++;
                continue;
            }

            model["architecture"] = new JsonObject
            {
                ["layers"] = config.Layers,
                ["hiddenSize"] = config.Hidden,
                ["attentionHeads"] = config.Heads,
                ["kvHeads"] = config.KvHeads,
                ["headDim"] = config.HeadDim ?? (config.Hidden / config.Heads),
                ["headDimDerived"] = config.HeadDim is null,
                ["attention"] = AttentionKinds.Full,
                ["source"] = ConfigSource,
            };
            if (model["contextLength"] is null && config.Context is { } context)
            {
                model["contextLength"] = context;
                model["contextSource"] = ConfigSource;
            }

            if (!string.Equals(config.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                Note(model, $"architecture from the config of {config.Id} ({Path.GetFileName(file)})");
            }

            report.ArchitecturesAdded++;
        }
    }

    public void Arena(IReadOnlyList<ArenaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byName = byId.Values.GroupBy(m => ArenaKey(ModelCatalog.ShortName(m["id"]!.GetValue<string>()))).ToDictionary(g => g.Key, g => g.First());
        foreach (var e in entries.Where(e => e.OpenWeights))
        {
            if (!byName.TryGetValue(ArenaKey(e.Name), out var model))
            {
                continue;
            }

            if (model["arena"] is JsonObject)
            {
                continue;
            }

            model["arena"] = new JsonObject
            {
                ["score"] = e.Score, ["ciPlus"] = e.CiPlus, ["ciMinus"] = e.CiMinus, ["votes"] = e.Votes,
                ["arenaName"] = e.Name, ["source"] = ArenaSource,
            };
            report.ArenaMatched++;
        }
    }

    public void Version(string version) => document["catalogVersion"] = version;

    /// <summary>Arena names drop the organisation and sometimes add it ("Meta-Llama-3.1-8B-Instruct").</summary>
    public static string ArenaKey(string name)
    {
        var key = NameMatcher.Normalize(name);
        return key.StartsWith("meta", StringComparison.Ordinal) && key.Length > 4 && key[4..].StartsWith("llama", StringComparison.Ordinal) ? key[4..] : key;
    }

    private JsonObject NewModel(string id, double parameters, string licence)
    {
        var model = new JsonObject
        {
            ["id"] = id,
            ["displayName"] = ModelCatalog.ShortName(id),
            ["family"] = string.Empty,
            ["parametersBillions"] = parameters,
            ["parametersSource"] = LeaderboardSource,
            ["license"] = licence,
            ["scores"] = new JsonArray(),
            ["flags"] = new JsonObject(),
            ["notes"] = new JsonArray("imported from the Open LLM Leaderboard v2"),
        };
        models.Add(model);
        byId[id] = model;
        return model;
    }

    /// <summary>A hub licence id mapped to the catalog's licences; unknown ones get their own entry, marked unverified.</summary>
    private string LicenceKey(string? hubLicense, string modelId)
    {
        var licences = (JsonObject)document["licenses"]!;
        var hub = string.IsNullOrWhiteSpace(hubLicense) ? "unknown" : hubLicense.Trim().ToLowerInvariant();
        if (licences.ContainsKey(hub))
        {
            return hub;
        }

        var key = "hub-" + hub;
        if (!licences.ContainsKey(key))
        {
            var (use, name) = hub switch
            {
                "unknown" => (CommercialUseKinds.Unverified, "Licence not stated on the Hub"),
                _ when hub.StartsWith("cc-by-nc", StringComparison.Ordinal) => (CommercialUseKinds.No, hubLicense!.Trim()),
                "bsd-3-clause" or "bsd-2-clause" or "openrail" => (CommercialUseKinds.Conditional, hubLicense!.Trim()),
                _ => (CommercialUseKinds.Unverified, hubLicense!.Trim()),
            };
            licences[key] = new JsonObject
            {
                ["name"] = name,
                ["url"] = "https://huggingface.co/" + modelId,
                ["commercialUse"] = use,
                ["conditions"] = new JsonArray(),
                ["source"] = LeaderboardSource,
            };
        }

        return key;
    }

    private static bool Same(JsonObject s, string benchmark, double value, LeaderboardEntry e) =>
        s["benchmark"]?.GetValue<string>() == benchmark
        && Math.Abs((s["value"]?.GetValue<double>() ?? double.NaN) - value) < 0.051
        && s["precision"]?.GetValue<string>() == e.Precision;

    private static void Note(JsonObject model, string note)
    {
        var notes = model["notes"] as JsonArray ?? [];
        notes.Add(note);
        model["notes"] = notes;
    }
}
