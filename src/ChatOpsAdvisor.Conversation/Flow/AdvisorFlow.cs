using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Conversation.Limits;
using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Conversation.Understanding;

namespace ChatOpsAdvisor.Conversation.Flow;

/// <summary>
/// The three-step conversation: infrastructure → benchmarks → validation, then the decision record.
/// Channel-neutral: a Turn in, a Reply out; state is loaded and saved through a port on every turn,
/// so a restart loses nothing. Unknown input gets the help card, never an error. With a rate limiter, a turn
/// over the limit is answered "slow down" once and changes nothing.
/// </summary>
public sealed class AdvisorFlow(
    AdvisorSource advisors,
    IConversationStateStore states,
    IDecisionLog decisions,
    TimeProvider time,
    ICatalogReloader? reloader = null,
    ICustomEval? customEval = null,
    TurnRateLimiter? limiter = null)
    : IConversationFlow, IPostedCards, IDisposable
{
    private readonly StripedLocks locks = new();
    private readonly DecisionActions decisionActions = new(decisions, time, customEval);
    private CatalogParser? parser;

    public async Task<Reply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (limiter?.Admit(turn) is { IsAdmitted: false } refusal)
        {
            return SlowDown.Reply(turn, refusal, advisors.Current);
        }

        var key = ConversationKey.Of(turn);
        using var held = await locks.LockAsync(key, cancellationToken).ConfigureAwait(false);
        var saved = await states.LoadAsync(key, cancellationToken).ConfigureAwait(false);
        var language = Language.Detect(turn.Locale, turn.Text, saved?.Language);
        var state = (saved ?? ConversationState.New(language)) with { Language = language };
        var ctx = new TurnContext(turn, state, language, advisors.Current);

        var reply = await RouteAsync(ctx, cancellationToken).ConfigureAwait(false);
        if (ctx.State != saved)
        {
            await states.SaveAsync(key, ctx.State, cancellationToken).ConfigureAwait(false);
        }

        return reply;
    }

    public Task OnPostedAsync(string tenantId, string tag, CardReference where, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return DecisionCard.TryParseTag(tag, out var number)
            ? decisions.SetCardAsync(tenantId, number, where, cancellationToken)
            : Task.CompletedTask;
    }

    public void Dispose() => locks.Dispose();

    private Task<Reply> RouteAsync(TurnContext ctx, CancellationToken cancellationToken)
    {
        var turn = ctx.Turn;
        if (turn.Kind == TurnKind.MemberAdded)
        {
            return Task.FromResult(Reply.Of(IntroCards.Welcome(ctx)));
        }

        // Action.Submit carries its verb in the data; an Action.Execute (adaptiveCard/action invoke) names it as the turn's text.
        var verb = turn.Values.TryGetValue(InputIds.Verb, out var submitted) && !string.IsNullOrWhiteSpace(submitted) ? submitted
            : turn.Kind == TurnKind.CardAction ? turn.Text : null;
        if (!string.IsNullOrWhiteSpace(verb))
        {
            return new CardActions(ctx, decisionActions).HandleAsync(verb, cancellationToken);
        }

        var text = turn.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Task.FromResult(Reply.Of(IntroCards.Help(ctx, ctx.T("help.empty"))));
        }

        var textParser = ParserFor(ctx.Advisor.Catalog);
        return Understanding.Commands.Parse(text) switch
        {
            { Name: Understanding.Commands.CatalogReload } => Task.FromResult(Reply.Of(ReloadCatalog(ctx))),
            { } command => new TextCommands(ctx, decisionActions, textParser).HandleAsync(command, cancellationToken),
            null => Task.FromResult(FreeText.Handle(ctx, textParser, text)),
        };
    }

    /// <summary>"catalog reload": admins swap in the catalog on disk; a broken one is refused and the current one kept.</summary>
    private ReplyCard ReloadCatalog(TurnContext ctx)
    {
        if (reloader is null || !reloader.IsAdmin(ctx.Turn))
        {
            return Notice.Build(ctx, ctx.T("reload.title"), ctx.T("reload.not-admin"), showHelp: false);
        }

        try
        {
            var catalog = reloader.Load();
            var before = advisors.Current.Catalog.Version;
            advisors.Replace(new Advice.Advisor(catalog));
            return Notice.Build(ctx, ctx.T("reload.title"), ctx.T("reload.done", before, catalog.Version, catalog.Models.Count), showHelp: false);
        }
        catch (Advice.Catalog.CatalogException ex)
        {
            return Notice.Build(ctx, ctx.T("reload.title"), ctx.T("reload.failed", ex.Message, advisors.Current.Catalog.Version), showHelp: false);
        }
    }

    /// <summary>The parser builds its GPU and use-case patterns once per catalog.</summary>
    private TextParser ParserFor(Advice.Catalog.ModelCatalog catalog)
    {
        // One reference, read and written whole: concurrent first turns may each build a parser, never see half of one.
        var current = Volatile.Read(ref parser);
        if (current is not null && ReferenceEquals(current.Catalog, catalog))
        {
            return current.Parser;
        }

        var fresh = new TextParser(catalog);
        Volatile.Write(ref parser, new CatalogParser(catalog, fresh));
        return fresh;
    }

    private sealed record CatalogParser(Advice.Catalog.ModelCatalog Catalog, TextParser Parser);
}
