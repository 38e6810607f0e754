using System.Globalization;
using System.Text;
using ChatOpsAdvisor.Conversation.Decisions;
using static ChatOpsAdvisor.Dashboard.DashboardViews;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>GET /decisions/{number}: one decision as it was recorded, and its audit trail.</summary>
internal static class DetailPage
{
    public static async Task<IResult> HandleAsync(int number, HttpContext http, IDecisionLog log, CancellationToken cancellationToken)
    {
        var viewer = DashboardViewer.Of(http);
        var d = await log.GetAsync(viewer.TenantId, number, cancellationToken).ConfigureAwait(false);
        if (d is null)
        {
            return Problem(StatusCodes.Status404NotFound, $"Decision #{number} was not found.");
        }

        var events = await log.EventsAsync(viewer.TenantId, number, cancellationToken).ConfigureAwait(false);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(viewer.Link("/decisions"))}\">← All decisions</a> · <a href=\"{E(viewer.Link($"/decisions/{d.Number}.md"))}\">Markdown (ADR)</a></p>");
        b.Append(CultureInfo.InvariantCulture, $"<h1>#{d.Number} · {E(d.ChosenModel)}</h1><p>{HistoryPage.StatusBadge(d, viewer)}");
        if (d.Supersedes is { } old)
        {
            b.Append(CultureInfo.InvariantCulture, $" · supersedes <a href=\"{E(viewer.Link($"/decisions/{old}"))}\">#{old}</a>");
        }

        b.Append("</p><table>")
            .Append(Row("Decided", $"{d.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC by {Who(d.DecidedBy)}"))
            .Append(Row("Where", Where(d.Place)))
            .Append(Row("Hardware", HistoryPage.Hardware(d.Inputs)))
            .Append(Row("Workload", $"{d.Inputs.Workload} at {d.Inputs.Precision}, {d.Inputs.ContextTokens:N0} tokens of context"))
            .Append(Row("Use case", d.Inputs.UseCase + (d.Inputs.CommercialUseRequired ? " (commercial use required)" : string.Empty)))
            .Append(Row("Catalog", d.CatalogVersion))
            .Append(Row("Validation", d.ValidationResult ?? "none attached"))
            .Append("</table>");

        b.Append("<h2>Rationale</h2>").Append(d.Rationale is null ? "<p class=\"muted\">None given.</p>" : $"<blockquote>{E(d.Rationale)}</blockquote>");
        b.Append(List("The advisor's reasons", d.BotReasons));
        b.Append(Candidates(d.Candidates));
        b.Append(List("Pitfalls shown", [.. d.Pitfalls.Select(p => $"{p.Kind}: {p.Message}")]));
        b.Append(Events(events));
        return Page($"Decision #{d.Number}", b.ToString());
    }

    public static string Who(DecisionActor a) => a.Name is null ? a.Id : $"{a.Name} ({a.Id})";

    public static string Where(DecisionPlace p) =>
        string.Join(", ", new[] { p.ChannelKind, p.TeamId is null ? null : "team " + p.TeamId, p.ChannelId is null ? null : "channel " + p.ChannelId, "conversation " + p.ConversationId }.OfType<string>());

    private static string Row(string label, string value) => $"<tr><th>{E(label)}</th><td>{E(value)}</td></tr>";

    private static string List(string title, IReadOnlyList<string> items) => items.Count == 0
        ? string.Empty
        : $"<h2>{E(title)}</h2><ul>{string.Concat(items.Select(i => $"<li>{E(i)}</li>"))}</ul>";

    private static string Candidates(IReadOnlyList<CandidateSnapshot> candidates)
    {
        var t = new StringBuilder("<h2>Options considered</h2><table><thead><tr><th>Rank</th><th>Model</th><th>Params (B)</th><th>Score</th><th>Memory per GPU</th><th>Tokens/s</th><th>Licence</th><th>Sources</th></tr></thead><tbody>");
        foreach (var c in candidates)
        {
            t.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{c.Rank}</td><td>{E(c.Model)}</td><td class=\"n\">{c.ParametersBillions:0.#}</td><td class=\"n\">{E(AdrMarkdown.Score(c))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{c.MemoryPerGpuGb:0.0} GB</td><td class=\"n\">{(c.TokensPerSecond is { } tps ? tps.ToString("0", CultureInfo.InvariantCulture) : "—")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(c.License)}</td><td>{string.Join("<br>", c.Sources.Select(E))}</td></tr>");
        }

        return t.Append("</tbody></table>").ToString();
    }

    private static string Events(IReadOnlyList<DecisionEvent> events)
    {
        var t = new StringBuilder("<h2>History</h2><table><thead><tr><th>When (UTC)</th><th>Event</th><th>Who</th><th>Detail</th></tr></thead><tbody>");
        foreach (var e in events)
        {
            t.Append(CultureInfo.InvariantCulture, $"<tr><td>{e.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}</td><td>{E(e.Kind)}</td><td>{E(Who(e.Actor))}</td><td>{E(e.Detail)}</td></tr>");
        }

        return t.Append("</tbody></table>").ToString();
    }
}
