using System.Globalization;
using System.Text;
using ChatOpsAdvisor.Conversation.Decisions;
using static ChatOpsAdvisor.Dashboard.DashboardViews;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>The filter form: a plain GET form, so every view is a link that can be shared.</summary>
internal static class HistoryForm
{
    public static string Render(HistoryFilter filter, DashboardViewer viewer)
    {
        var form = new StringBuilder("<form method=\"get\" action=\"/decisions\">");
        if (viewer.TenantInQuery)
        {
            form.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"tenant\" value=\"{E(viewer.TenantId)}\">");
        }

        form.Append(Field("From", "from", "date", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append(Field("To", "to", "date", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append(Field("Use case", "useCase", "text", filter.UseCase))
            .Append(Field("Model", "model", "text", filter.Model))
            .Append(Field("Person (id or name)", "person", "text", filter.Person))
            .Append("<label>Status<select name=\"status\"><option value=\"\">any</option>");
        foreach (var status in new[] { DecisionStatuses.Proposed, DecisionStatuses.Accepted, DecisionStatuses.Rejected, DecisionStatuses.Superseded })
        {
            var selected = status == filter.Status ? " selected" : string.Empty;
            form.Append(CultureInfo.InvariantCulture, $"<option{selected}>{E(status)}</option>");
        }

        form.Append("</select></label><button type=\"submit\">Filter</button>");
        if (!filter.IsEmpty)
        {
            form.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(viewer.Link("/decisions"))}\">Clear</a>");
        }

        return form.Append("</form>").ToString();
    }

    private static string Field(string label, string name, string type, string? value) =>
        $"<label>{E(label)}<input type=\"{type}\" name=\"{name}\" value=\"{E(value)}\"></label>";
}
