namespace ChatOpsAdvisor.Advice.Catalog;

internal static class ModelReader
{
    public static (string Version, IReadOnlyList<CatalogSource> Sources, IReadOnlyList<CatalogModel> Models) Read(
        JsonFields root, IReadOnlySet<string> benchmarkIds)
    {
        var version = root.RequiredString("catalogVersion");

        var sources = root.Properties("sources")
            .Select(p => new CatalogSource(
                p.Key,
                p.Value.RequiredString("title"),
                p.Value.RequiredString("citation"),
                p.Value.OptionalString("url"),
                p.Value.OneOf("kind", SourceKinds.All)))
            .ToList();
        var sourceKeys = sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

        var licenses = root.Properties("licenses")
            .ToDictionary(
                p => p.Key,
                p => new License(
                    p.Key,
                    p.Value.RequiredString("name"),
                    p.Value.OptionalString("url"),
                    p.Value.OneOf("commercialUse", CommercialUseKinds.All),
                    p.Value.StringArray("conditions"),
                    SourceKey(p.Value, "source", sourceKeys)),
                StringComparer.Ordinal);

        var models = new List<CatalogModel>();
        var entries = new List<(string, JsonFields)>();
        foreach (var raw in root.Array("models", required: true))
        {
            var id = raw.RequiredString("id");
            var e = raw.For($"{raw.Entry} ({id})");
            models.Add(ReadModel(id, e, sourceKeys, licenses, benchmarkIds));
            entries.Add((id, e));
        }

        CatalogLoader.RequireUnique(entries);
        return (version, sources, models);
    }

    private static CatalogModel ReadModel(
        string id, JsonFields e, IReadOnlySet<string> sourceKeys, Dictionary<string, License> licenses, IReadOnlySet<string> benchmarkIds)
    {
        var parameters = e.RequiredNumber("parametersBillions", 0.001, 100_000);
        var active = e.OptionalNumber("activeParametersBillions", 0.001, parameters);
        var licenseKey = e.RequiredString("license");
        if (!licenses.TryGetValue(licenseKey, out var license))
        {
            throw e.Error("license", $"names an unknown licence \"{licenseKey}\"");
        }

        var experts = e.OptionalObject("experts") is { } x
            ? new MixtureOfExperts(x.RequiredPositiveInt("total"), x.RequiredPositiveInt("activePerToken"), SourceKey(x, "source", sourceKeys))
            : null;
        if (experts is not null && experts.ActivePerToken > experts.Total)
        {
            throw e.Error("experts.activePerToken", "cannot exceed experts.total");
        }

        var contextLength = e.OptionalPositiveInt("contextLength");
        if (contextLength is not null)
        {
            SourceKey(e, "contextSource", sourceKeys);
        }

        var flags = e.OptionalObject("flags") is { } f
            ? new ModelFlags(f.OptionalBool("flagged", false), f.OptionalBool("merged", false), f.StringArray("evaluationAnomalies"))
            : ModelFlags.None;

        return new CatalogModel(
            id,
            e.OptionalString("displayName") ?? ModelCatalog.ShortName(id),
            e.OptionalString("family") ?? string.Empty,
            parameters,
            SourceKey(e, "parametersSource", sourceKeys),
            active,
            experts,
            contextLength,
            ReadArchitecture(e, sourceKeys),
            license,
            ReadScores(e, sourceKeys, benchmarkIds),
            ReadArena(e, sourceKeys),
            flags,
            e.StringArray("notes"));
    }

    private static ModelArchitecture? ReadArchitecture(JsonFields e, IReadOnlySet<string> sourceKeys)
    {
        if (e.OptionalObject("architecture") is not { } a)
        {
            return null;
        }

        var attention = a.OneOf("attention", AttentionKinds.All, AttentionKinds.Full);
        var latent = attention == AttentionKinds.MultiHeadLatent;
        var heads = a.RequiredPositiveInt("attentionHeads");
        var kvHeads = latent ? a.OptionalPositiveInt("kvHeads") : a.RequiredPositiveInt("kvHeads");
        if (kvHeads > heads)
        {
            throw a.Error("kvHeads", $"cannot exceed attentionHeads ({heads})");
        }

        var layers = a.RequiredPositiveInt("layers");
        var window = a.OptionalObject("slidingWindow") is { } w
            ? new SlidingWindow(w.RequiredPositiveInt("windowTokens"), w.RequiredPositiveInt("slidingLayers"))
            : null;
        if (window is not null && window.SlidingLayers > layers)
        {
            throw a.Error("slidingWindow.slidingLayers", $"cannot exceed layers ({layers})");
        }

        return new ModelArchitecture(
            layers,
            a.RequiredPositiveInt("hiddenSize"),
            heads,
            kvHeads,
            latent ? a.OptionalPositiveInt("headDim") : a.RequiredPositiveInt("headDim"),
            a.OptionalBool("headDimDerived", false),
            attention,
            window,
            SourceKey(a, "source", sourceKeys));
    }

    private static List<BenchmarkScore> ReadScores(JsonFields e, IReadOnlySet<string> sourceKeys, IReadOnlySet<string> benchmarkIds)
    {
        var scores = new List<BenchmarkScore>();
        foreach (var field in e.Array("scores", required: false, nested: true))
        {
            var benchmark = field.RequiredString("benchmark");
            if (!benchmarkIds.Contains(benchmark))
            {
                throw field.Error("benchmark", $"names an unknown benchmark \"{benchmark}\"");
            }

            scores.Add(new BenchmarkScore(
                benchmark,
                field.RequiredNumber("value", 0, 100),
                field.OneOf("scale", ScoreScales.All),
                SourceKey(field, "source", sourceKeys),
                field.OptionalDate("date"),
                field.OptionalString("harness"),
                field.OptionalString("precision"),
                field.OneOf("checkpoint", Checkpoints.All, Checkpoints.Instruct),
                field.OptionalString("checkpointId"),
                field.OptionalPositiveInt("items")));
        }

        return scores;
    }

    private static ArenaRating? ReadArena(JsonFields e, IReadOnlySet<string> sourceKeys)
    {
        if (e.OptionalObject("arena") is not { } a)
        {
            return null;
        }

        return new ArenaRating(
            a.RequiredNumber("score", 0, 5000),
            a.RequiredNumber("ciPlus", 0, 1000),
            a.RequiredNumber("ciMinus", 0, 1000),
            (int)a.RequiredNumber("votes", 0, int.MaxValue),
            a.RequiredString("arenaName"),
            a.OptionalDate("date"),
            SourceKey(a, "source", sourceKeys));
    }

    private static string SourceKey(JsonFields e, string name, IReadOnlySet<string> sourceKeys)
    {
        var key = e.RequiredString(name);
        return sourceKeys.Contains(key) ? key : throw e.Error(name, $"names an unknown source \"{key}\"");
    }
}
