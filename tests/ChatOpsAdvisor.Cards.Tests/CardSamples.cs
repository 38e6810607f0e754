using ChatOpsAdvisor.Conversation;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.Flow;
using ChatOpsAdvisor.Conversation.Views;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Cards.Tests;

/// <summary>Real reply cards for every template, produced by driving the flow, in English and Japanese.</summary>
public static class CardSamples
{
    private static readonly Lazy<IReadOnlyList<(string Name, ReplyCard Card)>> Samples = new(() => Build().GetAwaiter().GetResult());

    public static IReadOnlyList<(string Name, ReplyCard Card)> All => Samples.Value;

    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

    public static ReplyCard Get(string name) => All.Single(s => s.Name == name).Card;

    private static async Task<IReadOnlyList<(string, ReplyCard)>> Build()
    {
        var list = new List<(string, ReplyCard)>();
        foreach (var (lang, locale, suffix) in new[] { ("en", "en-US", ""), ("ja", "ja-JP", "-ja") })
        {
            using var h = new FlowHarness(conversation: "samples-" + lang);
            void Add(string name, Reply reply, int index = 0) => list.Add((name + suffix, reply.Cards[index]));
            Turn T(string text) => new(TurnKind.Message, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, "Alice", h.NextId(), text, null, locale);

            Add(CardTemplates.Welcome, await h.Raw(new Turn(TurnKind.MemberAdded, ChannelKinds.Teams, h.Tenant, h.Conversation, h.User, "Alice", h.NextId(), null, null, locale)));
            Add(CardTemplates.Help, await h.Raw(T("help")));
            Add(CardTemplates.InfrastructureForm, await h.Raw(T("start")));
            Add(CardTemplates.Infrastructure, await h.Raw(T("2x RTX 4090, qlora")));
            Add(CardTemplates.Candidates, await h.Raw(T("customer support, commercial")));
            Add(CardTemplates.Validation, await h.Raw(T("pick 1 2")));
            Add(CardTemplates.DecisionRecord, await h.Raw(T("record \"quoted\" <b>rationale</b> & ${notATemplate} 🤖")));
            await h.Raw(T("accept 1"));
            Add(CardTemplates.History, await h.Raw(T("history")));
            Add(CardTemplates.Estimate, await h.Raw(T("estimate Llama-3.1-70B-Instruct on RTX 4090")));
            Add(CardTemplates.Compare, await h.Raw(T("compare gemma-2-27b-it Qwen2.5-Coder-32B-Instruct")));
            Add(CardTemplates.Revisit, await h.Raw(T("revisit 1")));
            Add(CardTemplates.Notice, await h.Raw(T("record nothing to record")));
            list.Add((CardTemplates.Error + suffix, new ReplyCard(CardTemplates.Error, new ErrorView(lang, "Something went wrong", "Quote this id if you report it:", "3f2a9c1e-7d1b-4c55-9f0e-0a1b2c3d4e5f"), "error")));
        }

        return list;
    }
}
