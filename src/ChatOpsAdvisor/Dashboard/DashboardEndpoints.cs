namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// The managers' read-only decision pages and exports. Every route goes through
/// <see cref="DashboardAccessFilter"/>, which decides who may look and at which tenant.
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/").AddEndpointFilter<DashboardAccessFilter>();
        pages.MapGet("decisions", HistoryPage.HandleAsync).WithName("DecisionHistory");
        pages.MapGet("decisions.csv", CsvExport.Handle).WithName("DecisionHistoryCsv");
        pages.MapGet("decisions/{number:int}", DetailPage.HandleAsync).WithName("DecisionDetail");
        pages.MapGet("decisions/{number:int}.md", AdrMarkdown.HandleAsync).WithName("DecisionAdr");
        return app;
    }
}
