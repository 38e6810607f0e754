using ChatOpsAdvisor.Testing;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Localization;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Tests.Flow;

/// <summary>Bad input gets a clear reply and leaves the state unharmed.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("0GB, code assistant")]
    [InlineData("99999GB, code assistant")]
    [InlineData("0 GPUs, 24GB")]
    public async Task Say_OutOfRangeNumbers_ProblemAndStateUnchanged(string text)
    {
        using var h = new FlowHarness();
        await h.Say("24GB, general chat");
        var before = h.State;

        var reply = await h.Say(text);

        Assert.Equal(CardTemplates.Notice, reply.Cards[0].Template);
        Assert.Equal(before, h.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🤖🔥💯")]
    [InlineData("Ω≈ç√∫ 田中さんにあげて下さい ١٢٣")]
    [InlineData("<script>alert(1)</script> \"; DROP TABLE decisions; --")]
    public async Task Say_Nonsense_HelpCardNeverError(string text)
    {
        using var h = new FlowHarness();

        var reply = await h.Say(text);

        Assert.Equal(CardTemplates.Help, Assert.Single(reply.Cards).Template);
    }

    [Fact]
    public async Task Say_HundredKilobytes_HelpCardAndShortEcho()
    {
        using var h = new FlowHarness();
        var text = new string('x', 100 * 1024);

        var reply = await h.Say(text);

        Assert.Equal(CardTemplates.Help, reply.Cards[0].Template);
        Assert.True(reply.Cards[0].FallbackText.Length < 1000);
    }

    [Fact]
    public async Task Click_OldCardFromEarlierStep_RefusedPolitelyStateKept()
    {
        using var h = new FlowHarness();
        await h.Say("24GB, general chat");
        var oldVersion = h.State!.Version;
        await h.Say("pick 1");
        var before = h.State;

        var reply = await h.Click(Verbs.Pick, oldVersion, (InputIds.Picks, "Qwen/Qwen2.5-7B-Instruct"));

        Assert.Equal(CardTemplates.Notice, reply.Cards[0].Template);
        Assert.Equal(CardTemplates.Validation, reply.Cards[1].Template);
        Assert.Equal(before, h.State);
    }

    [Fact]
    public async Task Click_SubmitWithoutVersion_TreatedAsOld()
    {
        using var h = new FlowHarness();
        await h.Say("24GB");
        var values = new Dictionary<string, string> { [InputIds.Verb] = Verbs.SetUseCase, [InputIds.UseCase] = "code-assistant" };

        var reply = await h.Raw(new Turn(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, null, "a", null, values));

        Assert.Equal(CardTemplates.Notice, reply.Cards[0].Template);
        Assert.Null(h.State!.UseCaseId);
    }

    [Fact]
    public async Task Click_MissingFields_FormAgainWithProblem()
    {
        using var h = new FlowHarness();
        await h.Click(Verbs.Start);

        var reply = await h.Click(Verbs.SetInfrastructure, null, (InputIds.Workload, "lora"));

        var form = Assert.IsType<InfrastructureFormView>(reply.Cards[0].ViewModel);
        Assert.Equal(Texts.Get("en", "problem.no-hardware"), form.Problem);
        Assert.False(h.State?.HasHardware ?? false);
    }

    [Theory]
    [InlineData(InputIds.GpuMemory, "lots", "is not a number")]
    [InlineData(InputIds.GpuMemory, "-8", "must be more than 0")]
    [InlineData(InputIds.GpuName, "RTX 9999", "Did you mean")]
    [InlineData(InputIds.GpuCount, "0", "whole number from 1")]
    [InlineData(InputIds.Workload, "pretraining", "not a workload")]
    [InlineData(InputIds.Context, "-5", "number of tokens")]
    [InlineData(InputIds.Precision, "int3", "not a precision")]
    public async Task Click_ForgedOrInvalidFields_ProblemNamed(string field, string value, string expected)
    {
        using var h = new FlowHarness();
        await h.Click(Verbs.Start);
        var inputs = new List<(string, string)> { (InputIds.GpuMemory, "24") };
        inputs.RemoveAll(i => i.Item1 == field);
        inputs.Add((field, value));

        var reply = await h.Click(Verbs.SetInfrastructure, null, inputs.ToArray());

        var form = Assert.IsType<InfrastructureFormView>(reply.Cards[0].ViewModel);
        Assert.Contains(expected, form.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_ExtraFields_Ignored()
    {
        using var h = new FlowHarness();
        await h.Click(Verbs.Start);

        var reply = await h.Click(Verbs.SetInfrastructure, null, (InputIds.GpuMemory, "24"), ("isAdmin", "true"), ("tenant", "other"));

        Assert.Equal(CardTemplates.Infrastructure, reply.Cards[0].Template);
        Assert.Equal(h.Tenant, h.States.States.Keys.Single().TenantId);
    }

    [Fact]
    public async Task Click_UnknownVerb_HelpCard()
    {
        using var h = new FlowHarness();

        var reply = await h.Click("deleteEverything");

        Assert.Equal(CardTemplates.Help, reply.Cards[0].Template);
    }

    [Fact]
    public async Task Click_PickForgedModelId_ProblemNoStateChange()
    {
        using var h = new FlowHarness();
        await h.Say("24GB, code assistant");
        var before = h.State;

        var reply = await h.Click(Verbs.Pick, null, (InputIds.Picks, "evil/model-that-does-not-exist"));

        Assert.Equal(CardTemplates.Notice, reply.Cards[0].Template);
        Assert.Equal(before, h.State);
    }

    [Fact]
    public async Task Say_PickBeforeCandidates_ExplainsAndShowsCurrentStep()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("pick 1");

        Assert.Equal(CardTemplates.Notice, reply.Cards[0].Template);
        Assert.Equal(CardTemplates.InfrastructureForm, reply.Cards[1].Template);
    }

    [Fact]
    public async Task Say_PickOutOfRange_Problem()
    {
        using var h = new FlowHarness();
        await h.Say("24GB, code assistant");

        var reply = await h.Say("pick 9");

        Assert.Contains("There is no candidate 9", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_RecordTooEarly_ExplainsNothingWritten()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("record because");

        Assert.Equal(CardTemplates.Notice, reply.Cards[0].Template);
        Assert.Empty(h.Log.Records);
    }

    [Fact]
    public async Task Say_UnknownModelInEstimate_Suggestions()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("estimate lama-3.1-8b on 24GB");

        Assert.Contains("meta-llama/Llama-3.1-8B-Instruct", ((NoticeView)reply.Cards[0].ViewModel).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_DecisionWithoutNumber_Problem()
    {
        using var h = new FlowHarness();

        var reply = await h.Say("decision abc");

        Assert.Equal(CardTemplates.Notice, reply.Cards[0].Template);
    }

    [Fact]
    public void Texts_EnglishAndJapanese_SameKeysAndPlaceholders()
    {
        var en = EnglishTexts.Table;
        var ja = JapaneseTexts.Table;

        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), ja.Keys.Order(StringComparer.Ordinal));
        foreach (var key in en.Keys)
        {
            Assert.True(Placeholders(en[key]).SetEquals(Placeholders(ja[key])), $"placeholders differ for {key}");
        }
    }

    [Fact]
    public void Texts_EveryDynamicKeyExists()
    {
        var keys = new List<string>();
        keys.AddRange(Advice.Memory.Workloads.Ids.Select(w => "workload." + w));
        keys.AddRange(Advice.Memory.Workloads.Ids.Select(w => "infra.budget.workload." + w));
        keys.AddRange(Advice.Ranking.SizeTier.All.Select(t => "tier." + t.Id));
        keys.AddRange(Advice.Memory.ContextClass.All.Select(c => "context-class." + c.Id));
        keys.AddRange(Advice.Catalog.CommercialUseKinds.All.Select(c => "commercial." + c));
        keys.AddRange(Enum.GetNames<Advice.Ranking.EvidenceConfidence>().Select(c => "confidence." + c.ToLowerInvariant()));
        keys.AddRange(Advice.Pitfalls.PitfallMessages.EnglishTemplates.Keys.Select(k => "pitfall." + k));
        keys.AddRange(typeof(Advice.Pitfalls.PitfallKinds).GetFields().Select(f => "pitfall-kind." + f.GetValue(null)));
        keys.AddRange(Decisions.DecisionStatuses.All.Select(s => "decision.status." + s));
        keys.AddRange(IntroCards.CommandKeys.SelectMany(k => new[] { "command." + k, "command." + k + ".text" }));
        keys.AddRange(Advice.Memory.MemoryAssumptions.EnglishTemplates.Keys.Select(k => "assumption." + k));

        Assert.All(keys, k => Assert.True(EnglishTexts.Table.ContainsKey(k), k));
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();
}
