using System.Globalization;
using System.Text;
using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Decisions;
using static ChatOpsAdvisor.Dashboard.CsvCells;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// GET /decisions.csv: every decision matching the page's filters (all pages), newest first,
/// streamed as it is read. UTF-8 with a byte-order mark so spreadsheet programs read Japanese correctly.
/// </summary>
internal static class CsvExport
{
    private static readonly string[] Header =
    [
        "number", "decided_at_utc", "status", "superseded_by", "supersedes", "use_case", "chosen_model", "chosen_licence",
        "chosen_score", "candidates", "rationale", "bot_reasons", "pitfalls", "workload", "precision", "context_tokens",
        "gpu", "gpu_memory_gb", "gpu_count", "commercial_use_required", "decided_by_id", "decided_by_name",
        "channel_kind", "team_id", "channel_id", "conversation_id", "catalog_version", "validation_result",
    ];

    public static IResult Handle(HttpContext http, IDecisionReports reports)
    {
        var viewer = DashboardViewer.Of(http);
        if (!HistoryFilter.TryRead(http.Request.Query, out var filter, out var problem))
        {
            return DashboardViews.Problem(StatusCodes.Status400BadRequest, problem);
        }

        var query = filter.ToQuery(viewer.TenantId);
        return TypedResults.Stream(
            async stream =>
            {
                var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
                await using (writer.ConfigureAwait(false))
                {
                    await writer.WriteAsync(Line(Header)).ConfigureAwait(false);
                    await foreach (var d in reports.ExportAsync(query, http.RequestAborted).ConfigureAwait(false))
                    {
                        await writer.WriteAsync(Line(Row(d))).ConfigureAwait(false);
                    }
                }
            },
            "text/csv; charset=utf-8",
            "decisions.csv");
    }

    public static IEnumerable<string> Row(DecisionRecord d)
    {
        var chosen = d.Candidates.FirstOrDefault(c => c.Model == d.ChosenModel);
        var i = d.Inputs;
        return
        [
            Number(d.Number), d.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Text(d.Status),
            Number(d.SupersededBy), Number(d.Supersedes), Text(i.UseCase), Text(d.ChosenModel), Text(chosen?.License),
            Text(chosen is null ? null : AdrMarkdown.Score(chosen)),
            Text(string.Join("; ", d.Candidates.Select(c => $"{c.Rank}. {c.Model} ({AdrMarkdown.Score(c)})"))),
            Text(d.Rationale), Text(string.Join("; ", d.BotReasons)), Text(string.Join("; ", d.Pitfalls.Select(p => p.Kind))),
            Text(i.Workload), Text(i.Precision), Number(i.ContextTokens), Text(i.Gpu), Number(i.GpuMemoryGb), Number(i.GpuCount),
            i.CommercialUseRequired ? "yes" : "no", Text(d.DecidedBy.Id), Text(d.DecidedBy.Name),
            Text(d.Place.ChannelKind), Text(d.Place.TeamId), Text(d.Place.ChannelId), Text(d.Place.ConversationId),
            Text(d.CatalogVersion), Text(d.ValidationResult),
        ];
    }
}
