using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Contracts;

/// <summary>
/// What every <see cref="IDecisionLog"/> must do. A storage implementation gets these tests by
/// deriving a class that creates a fresh, empty log (see SqliteDecisionLogTests).
/// </summary>
public abstract partial class DecisionLogContract : IAsyncLifetime
{
    protected SteppingClock Clock { get; } = new();

    protected IDecisionLog Log { get; private set; } = null!;

    /// <summary>A new, empty log that reads the time from <paramref name="time"/>.</summary>
    protected abstract Task<IDecisionLog> CreateLogAsync(TimeProvider time);

    protected virtual Task DisposeLogAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Log = await CreateLogAsync(Clock);

    public Task DisposeAsync() => DisposeLogAsync();

    [Fact]
    public async Task RecordAsync_FirstDecision_NumberOneProposedAtClockTime()
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);

        Assert.Equal(1, d.Number);
        Assert.Equal(DecisionStatuses.Proposed, d.Status);
        Assert.Equal(SteppingClock.DefaultStart, d.DecidedAt);
        Assert.Equal(TimeSpan.Zero, d.DecidedAt.Offset);
        Assert.Null(d.SupersededBy);
        Assert.Null(d.Card);
    }

    [Fact]
    public async Task RecordAsync_EveryField_ComesBackAsRecorded()
    {
        var input = Sample.Decision();

        var recorded = await Log.RecordAsync(input, default);
        var read = await Log.GetAsync("tenant-a", recorded.Number, default);

        Assert.NotNull(read);
        Same.Equal(recorded, read);
        Assert.Equal(input.TenantId, read.TenantId);
        Same.Equal(input.Place, read.Place);
        Same.Equal(input.DecidedBy, read.DecidedBy);
        Same.Equal(input.Inputs, read.Inputs);
        Same.Equal(input.Candidates, read.Candidates);
        Assert.Equal(input.ChosenModel, read.ChosenModel);
        Assert.Equal(input.Rationale, read.Rationale);
        Assert.Equal(input.BotReasons, read.BotReasons);
        Same.Equal(input.Pitfalls, read.Pitfalls);
        Assert.Equal(input.CatalogVersion, read.CatalogVersion);
        Assert.Equal(input.SourceActivityId, read.SourceActivityId);
        Assert.Null(read.ValidationResult);
    }

    [Fact]
    public async Task RecordAsync_NullsAndEmptyLists_ComeBackAsRecorded()
    {
        var input = Sample.Decision(personName: null, team: null, rationale: null) with { Candidates = [], BotReasons = [], Pitfalls = [] };

        var recorded = await Log.RecordAsync(input, default);
        var read = await Log.GetAsync("tenant-a", recorded.Number, default);

        Assert.NotNull(read);
        Same.Equal(recorded, read);
        Assert.Null(read.DecidedBy.Name);
        Assert.Null(read.Place.TeamId);
        Assert.Empty(read.Candidates);
    }

    public static TheoryData<string> AwkwardTexts => new()
    {
        "日本語の理由：コードレビューに最適、VRAM 24GB で動く",
        "emoji 🚀👩🏽‍💻🇯🇵 and combining é",
        "quotes ' \" `backticks` and O'Brien's \"model\"",
        "'; DROP TABLE decisions; --",
        "100% of _under_scores_ and \\backslashes\\ [brackets] @param $1 ?",
        "line one\r\nline two\ttab",
        "<script>alert('x')</script> &amp; =cmd|' /C calc'!A0",
    };

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public async Task RecordAsync_AwkwardText_RoundTripsEverywhere(string text)
    {
        var input = Sample.Decision(personName: text, rationale: text, conversation: text, useCase: text, model: text) with
        {
            BotReasons = [text],
            Pitfalls = [new PitfallSnapshot(text, text)],
            DecidedBy = new DecisionActor(text, text),
        };

        var recorded = await Log.RecordAsync(input, default);
        var read = await Log.GetAsync("tenant-a", recorded.Number, default);
        var found = await Log.HistoryAsync(new DecisionQuery("tenant-a", ConversationId: text, UseCase: text, Model: text, Person: text), default);

        Assert.NotNull(read);
        Same.Equal(recorded, read);
        Assert.Equal(text, read.Rationale);
        Assert.Equal(text, read.DecidedBy.Name);
        Assert.Equal(text, read.Candidates[0].Model);
        Assert.Equal(text, read.Pitfalls[0].Message);
        Assert.Equal(1, found.Total);
    }

    [Fact]
    public async Task RecordAsync_LongRationale_RoundTrips()
    {
        var text = string.Concat(Enumerable.Repeat("長い理由 long rationale; ", 5000));

        var recorded = await Log.RecordAsync(Sample.Decision(rationale: text), default);

        Assert.Equal(text, (await Log.GetAsync("tenant-a", recorded.Number, default))!.Rationale);
    }

    [Fact]
    public async Task RecordAsync_MissingIdentity_Throws()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.RecordAsync(Sample.Decision(tenant: " "), default));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.RecordAsync(Sample.Decision(activity: ""), default));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.RecordAsync(Sample.Decision(model: ""), default));
    }

    [Fact]
    public async Task RecordAsync_Numbers_CountUpPerTenant()
    {
        var a1 = await Log.RecordAsync(Sample.Decision("tenant-a", "x1"), default);
        var b1 = await Log.RecordAsync(Sample.Decision("tenant-b", "x2"), default);
        var a2 = await Log.RecordAsync(Sample.Decision("tenant-a", "x3"), default);

        Assert.Equal([1, 1, 2], new[] { a1.Number, b1.Number, a2.Number });
    }

    [Fact]
    public async Task RecordAsync_RecordedEvent_WhoWhenWhat()
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);

        var e = Assert.Single(await Log.EventsAsync("tenant-a", d.Number, default));

        Assert.Equal(DecisionEventKinds.Recorded, e.Kind);
        Assert.Equal(new DecisionActor("user-1", "Aiko Tanaka"), e.Actor);
        Assert.Equal(SteppingClock.DefaultStart, e.At);
        Assert.Equal(d.Number, e.DecisionNumber);
        Assert.Equal("tenant-a", e.TenantId);
    }
}
