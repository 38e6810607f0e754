using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Tests.Reliability.Support;
using Xunit.Abstractions;

namespace ChatOpsAdvisor.Tests.Reliability;

/// <summary>
/// Crash: the bot runs as a child process while eight people record decisions at once; it is killed with
/// SIGKILL mid-way — while the connector holds the 24th decision card, so that record turn and whatever the
/// other seven were doing are cut off — then started again on the same SQLite file. Every decision that was acknowledged before the
/// kill is there, the file passes <c>PRAGMA integrity_check</c>, and numbering goes on without reuse.
/// Acknowledged means the decision record card, which carries the number, reached the connector: the flow
/// commits the decision before it renders that card, so the card is the user's proof of the record (the
/// HTTP 200 for the record turn comes after it and is not needed on top).
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const string Tenant = "tenant-crash";
    private const int People = 8;
    private const int KillAfterAcknowledged = 24;
    private const int MostPerPerson = 20;

    [Fact]
    public async Task RecordDecisions_BotKilledMidWayAndRestarted_EveryAcknowledgedDecisionIsThere()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var database = new DatabaseFile();
        var cards = 0;
        using var killed = new CancellationTokenSource();

        using (var bot = await BotProcess.StartAsync(database.Path))
        using (var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
        {
            connector.Script = call =>
            {
                if (TeamsConversation.DecisionNumberOn(call) is not null && Interlocked.Increment(ref cards) == KillAfterAcknowledged)
                {
                    killed.Cancel();
                    bot.Kill();
                }

                return null;
            };

            async Task PersonAsync(int person)
            {
                for (var i = 0; i < MostPerPerson && !killed.IsCancellationRequested; i++)
                {
                    try
                    {
                        // A fresh chat per decision: each records one, so a missing one is easy to name.
                        await new TeamsConversation(client, connector, Tenant, $"crash-{person}-{i}").RecordDecisionAsync($"crash {person}-{i}");
                    }
                    catch (Exception) when (killed.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (InvalidOperationException failure)
                    {
                        // A turn without the expected card: report it with the bot's log, not just the card's correlation id.
                        throw new InvalidOperationException(failure.Message + "\n" + ChildProcess.Tail(bot.Output), failure);
                    }
                }
            }

            await Task.WhenAll(Enumerable.Range(1, People).Select(PersonAsync));
            Assert.True(killed.IsCancellationRequested, "The people finished before the kill:\n" + bot.Output);
        }

        var acknowledged = connector.Calls
            .Where(c => c.Succeeded)
            .Select(c => (c.ConversationId, Number: TeamsConversation.DecisionNumberOn(c)))
            .Where(d => d.Number is not null)
            .ToList();

        using var restarted = await BotProcess.StartAsync(database.Path);
        Assert.Equal(["ok"], await database.IntegrityCheckAsync());
        var stored = (await database.DecisionsAsync()).Where(d => d.TenantId == Tenant).ToList();
        Assert.All(acknowledged, a => Assert.Single(stored, d => d.ConversationId == a.ConversationId && d.DecisionNumber == a.Number));
        Assert.Equal(stored.Count, stored.Select(d => d.DecisionNumber).Distinct().Count());
        Assert.Equal(stored.Count, stored.Select(d => d.ConversationId).Distinct().Count());

        using var client2 = new HttpClient { BaseAddress = restarted.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var next = await new TeamsConversation(client2, connector, Tenant, "after-restart").RecordDecisionAsync("after the restart");
        Assert.Equal(stored.Max(d => d.DecisionNumber) + 1, next);

        output.WriteLine(
            $"{People} people; killed (SIGKILL) on receiving decision card {KillAfterAcknowledged}; acknowledged at the connector: {acknowledged.Count}; "
            + $"stored after restart: {stored.Count} (recorded but not acknowledged: {stored.Count - acknowledged.Count}); "
            + $"integrity_check: ok; next decision after restart: #{next}");
    }
}
