using System.Globalization;
using System.Text;
using ChatOpsAdvisor.Conversation.Decisions;
using static ChatOpsAdvisor.Dashboard.MarkdownText;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// GET /decisions/{number}.md: the decision as an architecture decision record (title, status,
/// context, options considered, decision, consequences) followed by its audit trail.
/// </summary>
internal static class AdrMarkdown
{
    public static async Task<IResult> HandleAsync(int number, HttpContext http, IDecisionLog log, CancellationToken cancellationToken)
    {
        var viewer = DashboardViewer.Of(http);
        var d = await log.GetAsync(viewer.TenantId, number, cancellationToken).ConfigureAwait(false);
        if (d is null)
        {
            return DashboardViews.Problem(StatusCodes.Status404NotFound, $"Decision #{number} was not found.");
        }

        var events = await log.EventsAsync(viewer.TenantId, number, cancellationToken).ConfigureAwait(false);
        http.Response.Headers.ContentDisposition = $"inline; filename=\"decision-{d.Number}.md\"";
        return TypedResults.Text(Render(d, events), "text/markdown; charset=utf-8");
    }

    public static string Render(DecisionRecord d, IReadOnlyList<DecisionEvent> events)
    {
        var inv = CultureInfo.InvariantCulture;
        var i = d.Inputs;
        var md = new StringBuilder();
        md.Append(inv, $"# {d.Number}. Use {Inline(d.ChosenModel)} for {Inline(i.UseCase)}\n\n");
        md.Append(inv, $"- Status: {Inline(d.Status)}{(d.SupersededBy is { } by ? $" (superseded by #{by})" : string.Empty)}{(d.Supersedes is { } old ? $", supersedes #{old}" : string.Empty)}\n");
        md.Append(inv, $"- Date: {d.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC\n");
        md.Append(inv, $"- Deciders: {Inline(DetailPage.Who(d.DecidedBy))}\n");
        md.Append(inv, $"- Where: {Inline(DetailPage.Where(d.Place))}\n");
        md.Append(inv, $"- Catalog version: {Inline(d.CatalogVersion)}\n\n");

        md.Append("## Context\n\n");
        md.Append(inv, $"- Hardware: {i.GpuCount} × {(i.Gpu is null ? string.Empty : Inline(i.Gpu) + ", ")}{i.GpuMemoryGb:0.#} GB per GPU\n");
        md.Append(inv, $"- Workload: {Inline(i.Workload)} at {Inline(i.Precision)}, {i.ContextTokens:N0} tokens of context\n");
        md.Append(inv, $"- Use case: {Inline(i.UseCase)}\n");
        md.Append(inv, $"- Commercial use required: {(i.CommercialUseRequired ? "yes" : "no")}\n\n");

        md.Append("## Options considered\n\n| Rank | Model | Params (B) | Score | Memory per GPU (GB) | Tokens/s | Licence | Sources |\n|---:|---|---:|---:|---:|---:|---|---|\n");
        foreach (var c in d.Candidates)
        {
            md.Append(inv, $"| {c.Rank} | {Inline(c.Model)} | {c.ParametersBillions:0.#} | {Score(c)} | {c.MemoryPerGpuGb:0.0} | {(c.TokensPerSecond is { } t ? t.ToString("0", inv) : "—")} | {Inline(c.License)} | {string.Join("; ", c.Sources.Select(Inline))} |\n");
        }

        md.Append("\n## Decision\n\n");
        md.Append(inv, $"Chosen: **{Inline(d.ChosenModel)}**{Rank(d)}.\n\n");
        md.Append(d.Rationale is null ? "No rationale was given.\n\n" : $"Rationale, in the decider's words:\n\n{Quote(d.Rationale)}\n\n");
        AppendList(md, "The advisor's reasons:", d.BotReasons);

        md.Append("## Consequences\n\n");
        var chosen = d.Candidates.FirstOrDefault(c => c.Model == d.ChosenModel);
        md.Append(inv, $"- Licence: {(chosen is null ? "see the model's card" : Inline(chosen.License))}\n");
        foreach (var p in d.Pitfalls)
        {
            md.Append(inv, $"- Pitfall ({Inline(p.Kind)}): {Inline(p.Message)}\n");
        }

        md.Append(inv, $"- Validation: {(d.ValidationResult is null ? "none attached yet" : Inline(d.ValidationResult))}\n\n");

        md.Append("## History\n\n| When (UTC) | Event | Who | Detail |\n|---|---|---|---|\n");
        foreach (var e in events)
        {
            md.Append(inv, $"| {e.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} | {Inline(e.Kind)} | {Inline(DetailPage.Who(e.Actor))} | {Inline(e.Detail)} |\n");
        }

        return md.ToString();
    }

    /// <summary>"88.4 ± 2.5", "72.6" or "—".</summary>
    public static string Score(CandidateSnapshot c) => c.Score switch
    {
        null => "—",
        { } s when c.ScoreHalfWidth is { } h => string.Create(CultureInfo.InvariantCulture, $"{s:0.0} ± {h:0.0}"),
        { } s => s.ToString("0.0", CultureInfo.InvariantCulture),
    };

    private static string Rank(DecisionRecord d) =>
        d.Candidates.FirstOrDefault(c => c.Model == d.ChosenModel) is { } c ? string.Create(CultureInfo.InvariantCulture, $" (ranked {c.Rank} of {d.Candidates.Count} shown)") : string.Empty;

    private static void AppendList(StringBuilder md, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append(title).Append("\n\n");
        foreach (var item in items)
        {
            md.Append("- ").Append(Inline(item)).Append('\n');
        }

        md.Append('\n');
    }
}
