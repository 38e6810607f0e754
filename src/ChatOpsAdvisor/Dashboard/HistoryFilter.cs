using System.Globalization;
using ChatOpsAdvisor.Conversation.Decisions;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>
/// The filters of /decisions and /decisions.csv, read from the query string: from and to are UTC
/// dates (yyyy-MM-dd, both inclusive), status one of the stored statuses, page from 1. Anything
/// else malformed is a 400 with a one-line reason, never an exception.
/// </summary>
internal sealed record HistoryFilter(DateOnly? From, DateOnly? To, string? UseCase, string? Model, string? Person, string? Status, int Page)
{
    public const int PageSize = 25;
    private const int MaxPage = 100_000;
    private const int MaxTextLength = 300;

    public static bool TryRead(IQueryCollection query, out HistoryFilter filter, out string problem)
    {
        filter = new HistoryFilter(null, null, null, null, null, null, 1);
        problem = string.Empty;
        if (!TryText(query, "useCase", out var useCase, ref problem) || !TryText(query, "model", out var model, ref problem) ||
            !TryText(query, "person", out var person, ref problem) || !TryText(query, "status", out var status, ref problem) ||
            !TryText(query, "from", out var fromText, ref problem) || !TryText(query, "to", out var toText, ref problem) ||
            !TryText(query, "page", out var pageText, ref problem))
        {
            return false;
        }

        DateOnly? from = null, to = null;
        if (fromText is not null && !TryDate(fromText, out from) || toText is not null && !TryDate(toText, out to))
        {
            problem = "from and to must be dates written yyyy-MM-dd, for example 2025-06-01.";
            return false;
        }

        if (from > to)
        {
            problem = "from must not be after to.";
            return false;
        }

        if (status is not null && !DecisionStatuses.All.Contains(status))
        {
            problem = "status must be one of: " + string.Join(", ", DecisionStatuses.All.Order(StringComparer.Ordinal)) + ".";
            return false;
        }

        var page = 1;
        if (pageText is not null && !(int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= MaxPage))
        {
            problem = $"page must be a whole number from 1 to {MaxPage}.";
            return false;
        }

        filter = new HistoryFilter(from, to, useCase, model, person, status, page);
        return true;
    }

    public bool IsEmpty => From is null && To is null && UseCase is null && Model is null && Person is null && Status is null;

    /// <summary>The log query for this filter; offset and limit only matter for the page.</summary>
    public DecisionQuery ToQuery(string tenantId) => new(
        tenantId,
        UseCase: UseCase,
        Model: Model,
        Person: Person,
        Status: Status,
        From: From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        To: To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        Offset: (Page - 1) * PageSize,
        Limit: PageSize);

    /// <summary>A link to <paramref name="path"/> with these filters (and the tenant when it travels in the address).</summary>
    public string Link(string path, DashboardViewer viewer, int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (viewer.TenantInQuery)
        {
            pairs.Add(new("tenant", viewer.TenantId));
        }

        Add(pairs, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(pairs, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(pairs, "useCase", UseCase);
        Add(pairs, "model", Model);
        Add(pairs, "person", Person);
        Add(pairs, "status", Status);
        Add(pairs, "page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString(path, pairs);
    }

    private static void Add(List<KeyValuePair<string, string?>> pairs, string key, string? value)
    {
        if (value is not null)
        {
            pairs.Add(new(key, value));
        }
    }

    private static bool TryText(IQueryCollection query, string key, out string? value, ref string problem)
    {
        value = null;
        var values = query[key];
        if (values.Count > 1)
        {
            problem = $"{key} is given more than once.";
            return false;
        }

        var text = values.Count == 1 ? values[0]?.Trim() : null;
        if (text is { Length: > MaxTextLength })
        {
            problem = $"{key} is longer than {MaxTextLength} characters.";
            return false;
        }

        value = string.IsNullOrEmpty(text) ? null : text;
        return true;
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d);
        date = ok ? d : null;
        return ok;
    }
}
