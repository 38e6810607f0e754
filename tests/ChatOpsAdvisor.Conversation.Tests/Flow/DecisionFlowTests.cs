using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Tests.Flow;

public sealed class DecisionFlowTests
{
    private static async Task<DecisionRecord> Recorded(FlowHarness h, string text = "24GB, code assistant")
    {
        await h.Say(text);
        await h.Say("pick 1");
        await h.Say("record first try");
        return h.Log.Records[^1];
    }

    [Fact]
    public async Task Record_DoubleClickOnSameCard_OneRecord()
    {
        using var h = new FlowHarness();
        await h.Say("24GB, code assistant");
        await h.Say("pick 1");
        var version = h.State!.Version;

        var first = await h.Click(Verbs.Record, version, (InputIds.Rationale, "a"));
        var second = await h.Click(Verbs.Record, version, (InputIds.Rationale, "a"));

        Assert.Single(h.Log.Records);
        Assert.Equal(CardTemplates.DecisionRecord, first.Cards[0].Template);
        Assert.Equal(CardTemplates.Notice, second.Cards[0].Template);
    }

    [Fact]
    public async Task Record_ConcurrentClicksOnSameCard_OneRecord()
    {
        using var h = new FlowHarness();
        await h.Say("24GB, code assistant");
        await h.Say("pick 1");
        var version = h.State!.Version;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => h.Click(Verbs.Record, version, (InputIds.Rationale, "x"))));

        Assert.Single(h.Log.Records);
    }

    [Fact]
    public async Task PostedCard_TagStoresReference_AcceptEditsItInPlace()
    {
        using var h = new FlowHarness();
        var d = await Recorded(h);
        var where = new CardReference("msteams", h.Conversation, "activity-card-1", "https://smba.example/");
        await h.Flow.OnPostedAsync(h.Tenant, DecisionCard.Tag(d.Number), where, CancellationToken.None);

        var reply = await h.Click(Verbs.Accept, 0, (InputIds.Decision, d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var update = Assert.Single(reply.CardUpdates);
        Assert.Equal(where, update.Target);
        var view = Assert.IsType<DecisionRecordView>(update.Card.ViewModel);
        Assert.Equal("Accepted", view.Status);
        Assert.False(view.CanAccept);
        Assert.True(view.Open);
        Assert.Equal(DecisionStatuses.Accepted, h.Log.Records[0].Status);
    }

    [Fact]
    public async Task Supersede_NewRecord_OldCardShowsSupersededBy()
    {
        using var h = new FlowHarness();
        var d = await Recorded(h);
        var where = new CardReference("msteams", h.Conversation, "card-1");
        await h.Flow.OnPostedAsync(h.Tenant, DecisionCard.Tag(d.Number), where, CancellationToken.None);

        var restart = await h.Say($"supersede {d.Number}");
        Assert.Equal(CardTemplates.Candidates, restart.Cards[^1].Template);
        Assert.Equal(d.Number, h.State!.SupersedesDecision);
        await h.Say("pick 2");
        var reply = await h.Say("record second thoughts");

        Assert.Equal(2, h.Log.Records.Count);
        Assert.Equal(DecisionStatuses.Superseded, h.Log.Records[0].Status);
        Assert.Equal(2, h.Log.Records[0].SupersededBy);
        var update = Assert.Single(reply.CardUpdates);
        Assert.Equal(where, update.Target);
        Assert.Equal("Superseded by #2", ((DecisionRecordView)update.Card.ViewModel).Status);
        Assert.Null(h.State!.SupersedesDecision);
    }

    [Fact]
    public async Task Accept_SupersededDecision_Refused()
    {
        using var h = new FlowHarness();
        var d = await Recorded(h);
        await h.Say($"supersede {d.Number}");
        await h.Say("pick 1");
        await h.Say("record again");

        var reply = await h.Say($"accept {d.Number}");

        Assert.Contains("superseded", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
        Assert.Equal(DecisionStatuses.Superseded, h.Log.Records[0].Status);
    }

    [Fact]
    public async Task Revisit_SameCatalog_NoChangesAndEventLogged()
    {
        using var h = new FlowHarness();
        var d = await Recorded(h);

        var reply = await h.Say($"revisit {d.Number}");

        var view = Assert.IsType<RevisitView>(reply.Cards[0].ViewModel);
        Assert.False(view.HasChanges);
        Assert.Contains(await h.Log.EventsAsync(h.Tenant, d.Number, CancellationToken.None), e => e.Kind == DecisionEventKinds.Revisited);
    }

    [Fact]
    public async Task Revisit_CandidatesChanged_ListsWhatChanged()
    {
        using var h = new FlowHarness();
        var d = await Recorded(h);
        var altered = d with { Candidates = d.Candidates.Skip(1).Select(c => c with { Score = (c.Score ?? 0) + 5, License = "Old Licence" }).ToList() };
        await h.Log.ChangeStatusAsync(h.Tenant, d.Number, DecisionStatuses.Proposed, new DecisionActor("x", null), null, CancellationToken.None);
        var log = new InMemoryDecisionLog(h.Time);
        await log.RecordAsync(new NewDecision(altered.TenantId, altered.Place, altered.DecidedBy, altered.Inputs, altered.Candidates, altered.ChosenModel, null, [], [], "old", null, "k"), CancellationToken.None);
        using var flow = new AdvisorFlow(new AdvisorSource(new Advice.Advisor(TestCatalog.Catalog)), h.States, log, h.Time);

        var reply = await flow.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, null, "r", "revisit 1"), CancellationToken.None);

        var view = Assert.IsType<RevisitView>(reply.Cards[0].ViewModel);
        Assert.Contains(view.Changes, c => c.StartsWith("New candidate:", StringComparison.Ordinal));
        Assert.Contains(view.Changes, c => c.Contains("score", StringComparison.Ordinal));
        Assert.Contains(view.Changes, c => c.Contains("licence Old Licence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task History_ThisConversation_PagedNewestFirst()
    {
        using var h = new FlowHarness();
        for (var i = 0; i < 12; i++)
        {
            await Recorded(h);
        }

        var page1 = await h.Say("history");
        var view = Assert.IsType<HistoryView>(page1.Cards[0].ViewModel);
        Assert.Equal(10, view.Items.Count);
        Assert.True(view.HasNext);
        Assert.StartsWith("#12 ", view.Items[0].Title, StringComparison.Ordinal);

        var page2 = await h.Click(Verbs.History, 0, (InputIds.Offset, "10"));
        var view2 = Assert.IsType<HistoryView>(page2.Cards[0].ViewModel);
        Assert.Equal(2, view2.Items.Count);
        Assert.True(view2.HasPrevious);
    }

    [Fact]
    public async Task History_OtherTenant_SeesNothing()
    {
        using var a = new FlowHarness();
        await Recorded(a);
        using var b = new FlowHarness(tenant: "tenant-b");
        var shared = new AdvisorFlow(new AdvisorSource(new Advice.Advisor(TestCatalog.Catalog)), b.States, a.Log, b.Time);

        var history = await shared.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, "tenant-b", a.Conversation, a.User, null, "h", "history"), CancellationToken.None);
        var decision = await shared.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, "tenant-b", a.Conversation, a.User, null, "d", "decision 1"), CancellationToken.None);

        Assert.Empty(Assert.IsType<HistoryView>(history.Cards[0].ViewModel).Items);
        Assert.Equal(CardTemplates.Notice, decision.Cards[0].Template);
        shared.Dispose();
    }

    [Fact]
    public async Task History_FilterByUseCaseModelAndPerson()
    {
        using var h = new FlowHarness();
        await Recorded(h, "24GB, code assistant");
        await Recorded(h, "24GB, customer support");

        var byUseCase = (HistoryView)(await h.Say("history customer support")).Cards[0].ViewModel;
        var byPerson = (HistoryView)(await h.Say("history alice")).Cards[0].ViewModel;
        var byNobody = (HistoryView)(await h.Say("history bob")).Cards[0].ViewModel;

        Assert.Single(byUseCase.Items);
        Assert.Equal(2, byPerson.Items.Count);
        Assert.Empty(byNobody.Items);
    }

    [Fact]
    public async Task RefreshDecision_ReturnsCurrentCard()
    {
        using var h = new FlowHarness();
        var d = await Recorded(h);
        await h.Say($"accept {d.Number}");

        var reply = await h.Click(Verbs.RefreshDecision, 0, (InputIds.Decision, "1"));

        Assert.Equal("Accepted", ((DecisionRecordView)reply.Cards[0].ViewModel).Status);
    }
}

public sealed class CatalogReloadTests
{
    [Fact]
    public async Task Reload_Admin_SwapsCatalogAndSaysVersions()
    {
        using var h = new FlowHarness();
        var source = new AdvisorSource(new Advice.Advisor(TestCatalog.Catalog));
        var renamed = new Advice.Catalog.ModelCatalog("v2", TestCatalog.Catalog.Models.Take(3).ToList(), TestCatalog.Catalog.Benchmarks, TestCatalog.Catalog.UseCases, TestCatalog.Catalog.Gpus, TestCatalog.Catalog.Sources);
        using var flow = new AdvisorFlow(source, h.States, h.Log, h.Time, new Reloader(admin: true, () => renamed));

        var reply = await flow.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, null, "r", "catalog reload"), CancellationToken.None);

        Assert.Contains("replaced by v2: 3 models", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
        Assert.Equal("v2", source.Current.Catalog.Version);
    }

    [Fact]
    public async Task Reload_BrokenCatalog_KeepsCurrent()
    {
        using var h = new FlowHarness();
        var source = new AdvisorSource(new Advice.Advisor(TestCatalog.Catalog));
        using var flow = new AdvisorFlow(source, h.States, h.Log, h.Time, new Reloader(admin: true, () => throw new Advice.Catalog.CatalogException("models.json", "models[0] (x)", "id", "is required")));

        var reply = await flow.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, null, "r", "catalog reload"), CancellationToken.None);

        Assert.Contains("models.json: models[0] (x): id is required", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
        Assert.Same(TestCatalog.Catalog, source.Current.Catalog);
    }

    [Fact]
    public async Task Reload_NotAdmin_Refused()
    {
        using var h = new FlowHarness();
        var source = new AdvisorSource(new Advice.Advisor(TestCatalog.Catalog));
        using var flow = new AdvisorFlow(source, h.States, h.Log, h.Time, new Reloader(admin: false, () => throw new InvalidOperationException("must not load")));

        var reply = await flow.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, null, "r", "catalog reload"), CancellationToken.None);

        Assert.Contains("Only the bot's administrators", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
    }

    private sealed class Reloader(bool admin, Func<Advice.Catalog.ModelCatalog> load) : ICatalogReloader
    {
        public bool IsAdmin(Turn turn) => admin;

        public Advice.Catalog.ModelCatalog Load() => load();
    }
}

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_NotConfigured_Explains()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("validate");

        Assert.Contains("Validation:EvalSet", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Configured_ResultAttachedToLatestDecisionAndCardEdited()
    {
        using var h = new FlowHarness();
        using var flow = new AdvisorFlow(new AdvisorSource(new Advice.Advisor(TestCatalog.Catalog)), h.States, h.Log, h.Time, null, new FixedEval("qwen 82% [74–88%] vs llama 75% [66–82%] on 100 prompts: within noise (p = 0.41)"));
        Turn T(string text) => new(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, "Alice", h.NextId(), text);
        await flow.HandleAsync(T("24GB, code assistant"), CancellationToken.None);
        await flow.HandleAsync(T("pick 1 2"), CancellationToken.None);
        await flow.HandleAsync(T("record tentative"), CancellationToken.None);
        await flow.OnPostedAsync(h.Tenant, DecisionCard.Tag(1), new CardReference("msteams", h.Conversation, "card-1"), CancellationToken.None);

        var reply = await flow.HandleAsync(T("validate"), CancellationToken.None);

        Assert.Contains("Attached to decision #1", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
        Assert.Equal("qwen 82% [74–88%] vs llama 75% [66–82%] on 100 prompts: within noise (p = 0.41)", h.Log.Records[0].ValidationResult);
        var update = Assert.Single(reply.CardUpdates);
        Assert.Contains(((DecisionRecordView)update.Card.ViewModel).Facts, f => f.Value.Contains("within noise", StringComparison.Ordinal));
    }

    private sealed class FixedEval(string summary) : ICustomEval
    {
        public bool IsConfigured => true;

        public Task<string> RunAsync(CancellationToken cancellationToken) => Task.FromResult(summary);
    }
}

public sealed class UniversalActionTests
{
    [Fact]
    public async Task CardAction_ExecuteVerbAsText_SameAsSubmit()
    {
        using var h = new FlowHarness();
        await h.Say("24GB, code assistant");
        await h.Say("pick 1");
        await h.Say("record r");

        var reply = await h.Raw(new Turn(TurnKind.CardAction, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, "Alice", "inv-1", Verbs.RefreshDecision, new Dictionary<string, string> { [InputIds.Decision] = "1" }));

        Assert.Equal(CardTemplates.DecisionRecord, Assert.Single(reply.Cards).Template);
    }
}
