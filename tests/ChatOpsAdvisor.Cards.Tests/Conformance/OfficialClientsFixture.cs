using System.Text.Json.Nodes;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Cards.Tests.Conformance;

/// <summary>
/// One run of tests/e2e/cards-check.mjs for the whole test run: every template expanded by the official
/// templating engine (the card samples and <see cref="TemplateEdgeCases"/>), every sample card rendered by
/// the official renderer in headless Chromium, and the README screenshots. The tests then judge the report.
/// Missing node, npm packages or Chromium make every test here fail with <see cref="Problem"/>.
/// </summary>
public sealed class OfficialClientsFixture : IAsyncLifetime
{
    /// <summary>Set to 1 to write the README screenshots to docs/cards (otherwise they go to a temporary folder).</summary>
    public const string UpdateScreenshotsVariable = "UPDATE_CARD_SCREENSHOTS";

    /// <summary>The README's screenshots: one card per step, and the candidates in Japanese (PNG name, sample).</summary>
    public static readonly IReadOnlyList<(string File, string Sample)> Screenshots =
    [
        ("welcome", CardTemplates.Welcome),
        ("infrastructure", CardTemplates.Infrastructure),
        ("candidates", CardTemplates.Candidates),
        ("validation", CardTemplates.Validation),
        ("decision-record", CardTemplates.DecisionRecord),
        ("candidates-ja", CardTemplates.Candidates + "-ja"),
    ];

    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(180);

    private static readonly string[] Packages = ["adaptivecards", "adaptivecards-templating", "playwright-core"];

    private string? work;

    /// <summary>Why the official clients could not be asked, or null when the run worked.</summary>
    public string? Problem { get; private set; }

    /// <summary>Each case sent to the official engine: the template and data, exactly as our binder gets them.</summary>
    public Dictionary<string, (JsonNode Template, JsonNode? Data)> Expansions { get; } = new(StringComparer.Ordinal);

    /// <summary>Each card sent to the official renderer, as our renderer made it.</summary>
    public Dictionary<string, JsonObject> Cards { get; } = new(StringComparer.Ordinal);

    public JsonObject Report { get; private set; } = [];

    public ProcessOutcome? Run { get; private set; }

    public string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable(UpdateScreenshotsVariable) == "1" ? Path.Combine(RepoPaths.Root, "docs", "cards") : string.Empty;

    public string ScreenshotFolder => ScreenshotDirectory.Length > 0 ? ScreenshotDirectory : Path.Combine(work ?? Path.GetTempPath(), "screenshots");

    public static string SampleKey(string name) => "sample/" + name;

    public static string EdgeKey(string name) => "edge/" + name;

    public JsonObject Expanded(string key) => Report["expanded"]?[key] as JsonObject ?? throw new KeyNotFoundException("no official expansion of " + key);

    public JsonObject Rendered(string name) => Report["rendered"]?[name] as JsonObject ?? throw new KeyNotFoundException("no official rendering of " + name);

    public JsonObject? Screenshot(string file) => Report["screenshots"]?[file] as JsonObject;

    /// <summary>Fails the calling test when the official clients could not be run.</summary>
    public void Require()
    {
        if (Problem is not null)
        {
            Assert.Fail(Problem);
        }
    }

    public async Task InitializeAsync()
    {
        Problem = RealClients.Missing(Packages);
        if (Problem is not null)
        {
            Problem = "The conformance tests run the official Adaptive Cards clients. " + Problem;
            return;
        }

        work = Directory.CreateTempSubdirectory("chatops-cards-").FullName;
        var templates = new TemplateStore(Path.Combine(RepoPaths.Cards, "teams"));
        var renderer = new AdaptiveCardRenderer(templates);
        foreach (var (name, card) in CardSamples.All)
        {
            Expansions[SampleKey(name)] = (templates.Get(card.Template), ViewModelJson.ToNode(card.ViewModel));
            Cards[name] = renderer.Render(card);
        }

        foreach (var (name, template, data) in TemplateEdgeCases.All)
        {
            Expansions[EdgeKey(name)] = (JsonNode.Parse(template)!, JsonNode.Parse(data));
        }

        // The README shows a decision with an ordinary rationale, not the sample's hostile test text.
        var decision = CardSamples.Get(CardTemplates.DecisionRecord);
        Cards["readme/decision-record"] = renderer.Render(decision with
        {
            ViewModel = (DecisionRecordView)decision.ViewModel with
            {
                Rationale = "Fits our two RTX 4090s with room for long tickets, and the licence allows commercial use. To be confirmed by the eval on our own tickets.",
            },
        });

        var input = new JsonObject
        {
            ["expand"] = new JsonArray([.. Expansions.Select(e => new JsonObject { ["name"] = e.Key, ["template"] = e.Value.Template.DeepClone(), ["data"] = e.Value.Data?.DeepClone() })]),
            ["render"] = new JsonArray([.. Cards.Select(c => new JsonObject { ["name"] = c.Key, ["card"] = c.Value.DeepClone() })]),
            ["screenshots"] = new JsonObject
            {
                ["dir"] = ScreenshotFolder,
                ["cards"] = new JsonArray([.. Screenshots.Select(s => new JsonObject
                {
                    ["name"] = s.File == "decision-record" ? "readme/decision-record" : s.Sample,
                    ["file"] = s.File,
                })]),
            },
        };
        var inputFile = Path.Combine(work, "input.json");
        var outputFile = Path.Combine(work, "output.json");
        await File.WriteAllTextAsync(inputFile, input.ToJsonString());

        Run = await ExternalProcess.RunAsync(
            RealClients.Node!,
            [Path.Combine(RealClients.E2eDirectory, "cards-check.mjs"), inputFile, outputFile],
            RealClients.E2eDirectory,
            RunTimeout,
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = RealClients.Chromium });
        if (!Run.Succeeded || !File.Exists(outputFile))
        {
            Problem = $"tests/e2e/cards-check.mjs failed ({Run.Describe()})\nInput kept in {work}";
            return;
        }

        Report = JsonNode.Parse(await File.ReadAllTextAsync(outputFile)) as JsonObject ?? [];
    }

    public Task DisposeAsync()
    {
        // Kept after a failed run: the message names the folder, whose input.json reproduces the run.
        if (Problem is null && work is not null)
        {
            Directory.Delete(work, recursive: true);
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class OfficialClientsGroup : ICollectionFixture<OfficialClientsFixture>
{
    public const string Name = "official Adaptive Cards clients";
}
