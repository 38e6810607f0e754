using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Advice;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Tests.Flow;

public sealed class ThreeStepFlowTests
{
    [Fact]
    public async Task Handle_MemberAdded_WelcomeCard()
    {
        using var h = new FlowHarness();

        var reply = await h.Raw(new Turn(TurnKind.MemberAdded, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, "Alice", "a1"));

        var card = Assert.Single(reply.Cards);
        Assert.Equal(CardTemplates.Welcome, card.Template);
        Assert.Equal(3, ((IntroView)card.ViewModel).Steps.Count);
    }

    [Fact]
    public async Task Say_EverythingInOneMessage_JumpsToCandidates()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("24GB, code assistant");

        var card = Assert.Single(reply.Cards);
        Assert.Equal(CardTemplates.Candidates, card.Template);
        var view = (CandidatesView)card.ViewModel;
        Assert.Equal(5, view.Candidates.Count);
        Assert.NotEmpty(view.WhyBenchmarks);
        Assert.NotEmpty(view.Pitfalls);
        Assert.All(view.Candidates, c => Assert.Contains("GB", c.Memory, StringComparison.Ordinal));
        Assert.Equal(Steps.Benchmarks, h.State!.Step);
        Assert.Equal("code-assistant", h.State.UseCaseId);
    }

    [Fact]
    public async Task Cards_ThreeSteps_ThenRecord_DecisionWritten()
    {
        using var h = new FlowHarness();
        var form = await h.Click(Verbs.Start);
        Assert.Equal(CardTemplates.InfrastructureForm, form.Cards[0].Template);

        var infra = await h.Click(Verbs.SetInfrastructure, null, (InputIds.GpuName, "RTX 4090"), (InputIds.GpuCount, "2"), (InputIds.Workload, "qlora"), (InputIds.Context, "8192"));
        var infraView = Assert.IsType<InfrastructureView>(Assert.Single(infra.Cards).ViewModel);
        Assert.Equal("48 GB × 0.75 ÷ 1.3 ÷ 2 = 13.8B", infraView.QuickRule);
        Assert.Contains(infraView.Tiers, t => t.Landing);
        Assert.Contains(infraView.UseCases, u => u.Value == "customer-support");

        var candidates = await h.Click(Verbs.SetUseCase, null, (InputIds.UseCase, "customer-support"), (InputIds.Commercial, "true"));
        var cv = Assert.IsType<CandidatesView>(Assert.Single(candidates.Cards).ViewModel);
        Assert.All(cv.Candidates, c => Assert.DoesNotContain("commercial use: no", c.License, StringComparison.Ordinal));
        Assert.All(cv.Candidates, c => Assert.Contains("tokens/s", c.Speed, StringComparison.Ordinal));

        var picks = string.Join(",", cv.Choices.Take(2).Select(c => c.Value));
        var validation = await h.Click(Verbs.Pick, null, (InputIds.Picks, picks));
        var vv = Assert.IsType<ValidationView>(Assert.Single(validation.Cards).ViewModel);
        Assert.Equal(2, vv.Plans.Count);
        Assert.Contains(vv.General, g => g.Contains("McNemar", StringComparison.Ordinal));
        Assert.Contains(vv.Plans[0].Steps, s => s.Value.Contains("±10", StringComparison.Ordinal));

        var recorded = await h.Click(Verbs.Record, null, (InputIds.Rationale, "cheapest to serve; Apache-2.0"));
        var record = Assert.Single(recorded.Cards);
        Assert.Equal(CardTemplates.DecisionRecord, record.Template);
        Assert.Equal("decision:1", record.Tag);
        var d = Assert.Single(h.Log.Records);
        Assert.Equal(cv.Choices[0].Value, d.ChosenModel);
        Assert.Equal("cheapest to serve; Apache-2.0", d.Rationale);
        Assert.Equal("qlora", d.Inputs.Workload);
        Assert.Equal(2, d.Inputs.GpuCount);
        Assert.Equal(TestCatalog.Catalog.Version, d.CatalogVersion);
        Assert.NotEmpty(d.Candidates);
        Assert.NotEmpty(d.BotReasons);
        Assert.Equal(DecisionStatuses.Proposed, d.Status);
    }

    [Fact]
    public async Task Say_TextCommands_WholeFlowWithoutCards()
    {
        using var h = new FlowHarness();
        await h.Say("A100 80GB, instruction following assistant");

        var validation = await h.Say("pick 1 2");
        Assert.Equal(CardTemplates.Validation, validation.Cards[0].Template);

        var back = await h.Say("back");
        Assert.Equal(CardTemplates.Candidates, back.Cards[0].Template);
        await h.Say("pick 1");

        var recorded = await h.Say("record best IFEval that fits");
        Assert.Equal(CardTemplates.DecisionRecord, recorded.Cards[0].Template);
        Assert.Equal("best IFEval that fits", Assert.Single(h.Log.Records).Rationale);
    }

    [Fact]
    public async Task Say_Japanese_RepliesInJapanese()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("24ギガのGPUで、コードアシスタント", locale: "en-US");

        var view = Assert.IsType<CandidatesView>(reply.Cards[0].ViewModel);
        Assert.Equal("ja", view.Lang);
        Assert.Contains("候補", view.Title, StringComparison.Ordinal);
        Assert.Equal("戻る", view.Labels.Back);
    }

    [Fact]
    public async Task Say_JapaneseLocale_RepliesInJapaneseEvenForEnglishText()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("help", locale: "ja-JP");

        Assert.Equal("ja", ((IntroView)reply.Cards[0].ViewModel).Lang);
    }

    [Fact]
    public async Task State_SurvivesARestart()
    {
        using var h = new FlowHarness();
        await h.Say("24GB, general chat");
        var version = h.State!.Version;

        using var restarted = new AdvisorFlow(new AdvisorSource(new Advisor(TestCatalog.Catalog)), h.States, h.Log, h.Time);
        var reply = await restarted.HandleAsync(new Turn(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, "Alice", "x", "pick 1", null, "en-US"), CancellationToken.None);

        Assert.Equal(CardTemplates.Validation, reply.Cards[0].Template);
        Assert.Equal(version + 1, h.State!.Version);
    }

    [Fact]
    public async Task Say_HardwareOnly_ShowsStepOneAnswer()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("2x RTX 4090");

        var view = Assert.IsType<InfrastructureView>(reply.Cards[0].ViewModel);
        Assert.Contains("RTX 4090", view.Hardware, StringComparison.Ordinal);
        Assert.Contains(view.Budget, f => f.Value.Contains("24 GB × 2 = 48 GB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Say_UseCaseOnly_AsksForHardwareAndRemembersUseCase()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("customer support bot");

        var form = Assert.IsType<InfrastructureFormView>(reply.Cards[0].ViewModel);
        Assert.NotNull(form.Problem);
        Assert.Equal("customer-support", h.State!.UseCaseId);

        var next = await h.Say("24GB");
        Assert.Equal(CardTemplates.Candidates, next.Cards[0].Template);
    }

    [Fact]
    public async Task Say_Estimate_BreakdownCard()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("estimate meta-llama/Llama-3.1-8B-Instruct on RTX 4090");

        var view = Assert.IsType<EstimateCardView>(reply.Cards[0].ViewModel);
        Assert.True(view.Fits);
        Assert.Contains(view.Breakdown, f => f.Title == "Weights" && f.Value == "16.1 GB");
        Assert.Contains(view.Breakdown, f => f.Title == "Decode speed");
    }

    [Fact]
    public async Task Say_EstimateTooBig_SaysWhatWouldFit()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("estimate Llama-3.1-70B-Instruct on 24GB");

        var view = Assert.IsType<EstimateCardView>(reply.Cards[0].ViewModel);
        Assert.False(view.Fits);
        Assert.NotEmpty(view.Alternatives);
    }

    [Fact]
    public async Task Say_Compare_TwoModelsSideBySide()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("compare google/gemma-2-27b-it Qwen/Qwen2.5-Coder-32B-Instruct");

        var view = Assert.IsType<CompareView>(reply.Cards[0].ViewModel);
        Assert.Equal("Gemma 2 27B IT", view.HeaderA);
        Assert.Contains(view.Notes, n => n.Contains("Chatbot Arena", StringComparison.Ordinal) && n.Contains("statistical tie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Say_EstimateInJapanese_AssumptionsInJapanese()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("estimate Llama-3.1-8B-Instruct on RTX 4090 を 2 枚で", locale: "ja-JP");

        var view = Assert.IsType<EstimateCardView>(reply.Cards[0].ViewModel);
        Assert.Contains(view.Assumptions, a => a.Contains("テンソル並列", StringComparison.Ordinal));
        Assert.DoesNotContain(view.Assumptions, a => a.Contains("tensor parallelism", StringComparison.Ordinal));
    }
}
