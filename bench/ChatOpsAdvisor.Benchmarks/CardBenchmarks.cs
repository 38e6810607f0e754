using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Cards;
using ChatOpsAdvisor.Cards.Templating;
using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Storage;
using ChatOpsAdvisor.Storage.Decisions;
using ChatOpsAdvisor.Storage.Migrations;
using ChatOpsAdvisor.Storage.State;

namespace ChatOpsAdvisor.Benchmarks;

/// <summary>
/// Issue 9 target: binding one card under 100 µs. The cards are the flow's real replies (welcome, step 1 and
/// the candidates card, the largest the bot sends), made once by running the conversation; each operation is
/// what the Teams renderer does per card: view model → JSON, template binding, the size guard.
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private readonly Dictionary<string, ReplyCard> cards = [];
    private AdaptiveCardRenderer renderer = null!;
    private string folder = null!;

    [ParamsSource(nameof(CardNames))]
    public string Card { get; set; } = "";

    public static IEnumerable<string> CardNames => [CardTemplates.Welcome, CardTemplates.Infrastructure, CardTemplates.Candidates];

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), $"chatopsadvisor-card-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        renderer = new AdaptiveCardRenderer(new TemplateStore(Path.Combine(RepositoryFolder.Find(), "cards", "teams")));
        using var database = new SqliteDatabase(Path.Combine(folder, "advisor.db"));
        new SchemaMigrator(database, TimeProvider.System).MigrateAsync(default).GetAwaiter().GetResult();
        using var flow = new AdvisorFlow(
            new AdvisorSource(new Advisor(SyntheticCatalog.Load())),
            new SqliteConversationStateStore(database, TimeProvider.System),
            new SqliteDecisionLog(database, TimeProvider.System),
            TimeProvider.System);
        Collect(flow, new Turn(TurnKind.MemberAdded, ChannelKinds.Teams, "tenant", "conversation", "user", "Alice", "a1"));
        Collect(flow, Say("2x RTX 4090 24GB, LoRA, 8k context", "a2"));
        Collect(flow, Say("code assistant", "a3"));
        foreach (var name in CardNames)
        {
            if (!cards.ContainsKey(name))
            {
                throw new InvalidOperationException($"the conversation did not produce a {name} card");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    private readonly ArrayBufferWriter<byte> output = new(64 * 1024);

    /// <summary>The renderer alone: view model → JSON, binding written straight into the card's UTF-8, the size guard.</summary>
    [Benchmark]
    public CardJson BindCard() => renderer.RenderJson(cards[Card]);

    /// <summary>What a turn pays for its card: binding it and writing it out as JSON (as the reply activity does).</summary>
    [Benchmark]
    public int BindAndWriteCard()
    {
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output))
        {
            renderer.RenderJson(cards[Card]).AsContent().WriteTo(writer);
        }

        return output.WrittenCount;
    }

    private static Turn Say(string text, string id) => new(TurnKind.Message, ChannelKinds.Teams, "tenant", "conversation", "user", "Alice", id, text, Locale: "en-US");

    private void Collect(AdvisorFlow flow, Turn turn)
    {
        foreach (var card in flow.HandleAsync(turn, CancellationToken.None).GetAwaiter().GetResult().Cards)
        {
            cards.TryAdd(card.Template, card);
        }
    }
}
