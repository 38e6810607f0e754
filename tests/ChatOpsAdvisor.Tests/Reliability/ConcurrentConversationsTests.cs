using System.Net;
using ChatOpsAdvisor.Tests.Reliability.Support;
using ChatOpsAdvisor.Tests.Support;
using Xunit.Abstractions;

namespace ChatOpsAdvisor.Tests.Reliability;

/// <summary>
/// Load: 50 people, each in a fresh chat of the same tenant, run the whole flow at the same time — welcome,
/// "24GB", a use case, a pick, record — against the whole app on Kestrel. Every decision is stored exactly
/// once, under its own number, and every turn is answered (no 5xx, a reply at the connector).
/// </summary>
public sealed class ConcurrentConversationsTests(ITestOutputHelper output)
{
    private const int Conversations = 50;
    private const string Tenant = "tenant-load";

    [Fact]
    public async Task RecordDecision_FiftyConversationsAtOnce_EveryDecisionStoredExactlyOnce()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var bot = new KestrelBot();
        using var client = new HttpClient { BaseAddress = bot.Start(), Timeout = TimeSpan.FromSeconds(60) };
        var people = Enumerable.Range(1, Conversations).Select(n => new TeamsConversation(client, connector, Tenant, $"load-{n}")).ToList();

        var numbers = await Task.WhenAll(people.Select((person, n) => person.RecordDecisionAsync($"load rationale {n + 1}")));

        var turns = people.SelectMany(p => p.Turns).ToList();
        Assert.All(turns, t => Assert.Equal(HttpStatusCode.OK, t.Status));
        Assert.All(turns, t => Assert.NotEmpty(t.Replies));
        Assert.All(connector.Calls, c => Assert.True(c.Succeeded && c.Method == "POST", $"{c.Method} {c.Path}"));
        var stored = (await bot.Database.DecisionsAsync()).Where(d => d.TenantId == Tenant).ToList();
        Assert.Equal(Conversations, stored.Count);
        foreach (var (person, n) in people.Select((p, n) => (p, n)))
        {
            var mine = Assert.Single(stored, d => d.ConversationId == person.ConversationId);
            Assert.Equal((person.UserId, $"load rationale {n + 1}", numbers[n]), (mine.DecidedById, mine.Rationale, (int)mine.DecisionNumber));
        }

        Assert.Equal(Enumerable.Range(1, Conversations), stored.Select(d => (int)d.DecisionNumber).Order());
        output.WriteLine($"{Conversations} conversations, {turns.Count} turns, {connector.Calls.Count} replies at the connector, {stored.Count} decisions stored");
    }
}
