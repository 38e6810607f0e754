using ChatOpsAdvisor.Conversation.Views;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>The welcome card for people who join, and the help card for everything not understood.</summary>
public static class IntroCards
{
    public static readonly IReadOnlyList<string> CommandKeys =
        ["start", "pick", "record", "back", "restart", "history", "decision", "estimate", "compare", "help"];

    public static ReplyCard Welcome(TurnContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return new ReplyCard(CardTemplates.Welcome, View(ctx, ctx.T("welcome.title"), ctx.T("welcome.text")), ctx.T("welcome.fallback"));
    }

    public static ReplyCard Help(TurnContext ctx, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var text = problem is null ? ctx.T("help.text") : problem + " " + ctx.T("help.text");
        return new ReplyCard(CardTemplates.Help, View(ctx, ctx.T("help.title"), text), text);
    }

    private static IntroView View(TurnContext ctx, string title, string text) => new(
        ctx.Language,
        ctx.State.Version,
        ctx.Labels,
        title,
        text,
        [ctx.T("intro.step1"), ctx.T("intro.step2"), ctx.T("intro.step3")],
        ctx.T("intro.examples"),
        [ctx.T("example.1"), ctx.T("example.2"), ctx.T("example.3"), ctx.T("example.4")],
        ctx.T("intro.commands"),
        CommandKeys.Select(k => new FactView(ctx.T("command." + k), ctx.T("command." + k + ".text"))).ToList());
}
