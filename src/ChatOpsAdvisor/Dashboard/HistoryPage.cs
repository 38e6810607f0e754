using System.Globalization;
using System.Text;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Decisions;
using static ChatOpsAdvisor.Dashboard.DashboardViews;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>GET /decisions: the filter form, the charts, one page of the table and the paging links.</summary>
internal static class HistoryPage
{
    public static async Task<IResult> HandleAsync(HttpContext http, IDecisionLog log, IDecisionReports reports, TimeProvider time, CancellationToken cancellationToken)
    {
        var viewer = DashboardViewer.Of(http);
        if (!HistoryFilter.TryRead(http.Request.Query, out var filter, out var problem))
        {
            return Problem(StatusCodes.Status400BadRequest, problem);
        }

        var query = filter.ToQuery(viewer.TenantId);
        var page = await log.HistoryAsync(query, cancellationToken).ConfigureAwait(false);
        var counts = await reports.CountAsync(query, cancellationToken).ConfigureAwait(false);
        var lastDay = filter.To ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>Decisions</h1><p class=\"muted\">Tenant {E(viewer.TenantId)} · {page.Total} matching · <a href=\"{E(filter.Link("/decisions.csv", viewer))}\">Export CSV</a></p>");
        body.Append(HistoryForm.Render(filter, viewer));
        body.Append("<div class=\"charts\"><section><h2>Per week</h2>")
            .Append(TrendChart.WeeklySvg(TrendChart.PerWeek(counts.PerDay, lastDay)))
            .Append("</section><section><h2>By use case</h2>")
            .Append(counts.PerUseCase.Count == 0 ? "<p class=\"muted\">No decisions.</p>" : TrendChart.UseCaseSvg(counts.PerUseCase))
            .Append("</section></div>");
        body.Append(Table(page, filter, viewer));
        body.Append(Paging(page, filter, viewer));
        return Page("Decisions", body.ToString());
    }

    private static string Table(DecisionPage page, HistoryFilter filter, DashboardViewer viewer)
    {
        if (page.Records.Count == 0)
        {
            return "<p>No decisions match.</p>";
        }

        var table = new StringBuilder("<table><thead><tr><th>#</th><th>Decided (UTC)</th><th>Use case</th><th>Model</th><th>Status</th><th>Decided by</th><th>Hardware</th><th>Workload</th></tr></thead><tbody>");
        foreach (var d in page.Records)
        {
            var by = d.DecidedBy.Name ?? d.DecidedBy.Id;
            table.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\"><a href=\"{E(viewer.Link($"/decisions/{d.Number}"))}\">#{d.Number}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{d.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"{E((filter with { UseCase = d.Inputs.UseCase, Page = 1 }).Link("/decisions", viewer))}\">{E(d.Inputs.UseCase)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"{E((filter with { Model = d.ChosenModel, Page = 1 }).Link("/decisions", viewer))}\">{E(d.ChosenModel)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{StatusBadge(d, viewer)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"{E((filter with { Person = d.DecidedBy.Id, Page = 1 }).Link("/decisions", viewer))}\">{E(by)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(Hardware(d.Inputs))}</td><td>{E(d.Inputs.Workload)}</td></tr>");
        }

        return table.Append("</tbody></table>").ToString();
    }

    private static string Paging(DecisionPage page, HistoryFilter filter, DashboardViewer viewer)
    {
        var pages = Math.Max(1, (page.Total + HistoryFilter.PageSize - 1) / HistoryFilter.PageSize);
        var nav = new StringBuilder("<nav>");
        if (filter.Page > 1)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<a rel=\"prev\" href=\"{E(filter.Link("/decisions", viewer, filter.Page - 1))}\">← Newer</a>");
        }

        nav.Append(CultureInfo.InvariantCulture, $"<span>Page {filter.Page} of {pages}</span>");
        if (filter.Page < pages)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" href=\"{E(filter.Link("/decisions", viewer, filter.Page + 1))}\">Older →</a>");
        }

        return nav.Append("</nav>").ToString();
    }

    public static string StatusBadge(DecisionRecord d, DashboardViewer viewer) => d.SupersededBy is { } by
        ? $"<span class=\"status {E(d.Status)}\">{E(d.Status)}</span> by <a href=\"{E(viewer.Link($"/decisions/{by}"))}\">#{by}</a>"
        : $"<span class=\"status {E(d.Status)}\">{E(d.Status)}</span>";

    public static string Hardware(DecisionInputs i) =>
        string.Create(CultureInfo.InvariantCulture, $"{i.GpuCount} × {(i.Gpu is null ? string.Empty : i.Gpu + ", ")}{i.GpuMemoryGb:0.#} GB");
}
