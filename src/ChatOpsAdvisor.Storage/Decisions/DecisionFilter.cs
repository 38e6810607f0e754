using System.Text;
using ChatOpsAdvisor.Conversation.Decisions;
using Dapper;

namespace ChatOpsAdvisor.Storage.Decisions;

/// <summary>
/// The WHERE clause of a history query. Each filter is a const fragment with a named parameter;
/// only which fragments appear varies, never the values, so the SQL stays parameterised and each
/// filter combination gets a plan that can use its index (an "@x IS NULL OR col = @x" form
/// would force one plan, and a scan, for all of them).
/// </summary>
internal static class DecisionFilter
{
    private const string Tenant = "tenant_id = @TenantId";
    private const string Conversation = " AND conversation_id = @ConversationId";
    private const string Team = " AND team_id = @TeamId";
    private const string UseCase = " AND use_case_key = @UseCaseKey";
    private const string Model = " AND chosen_model_key = @ModelKey";
    private const string Person = " AND (decided_by_id = @Person OR decided_by_name_key = @PersonKey)";
    private const string Status = " AND status = @Status";
    // A date bound becomes a number bound: the first decision at or after the date, found with one
    // seek in ix_decisions_decided_at. Exact because a tenant's decision times never go down as its
    // numbers go up (SqliteDecisionLog.RecordAsync keeps them so), and it lets every filter index
    // narrow to the date range. 2147483647 (int.MaxValue): no decision that late, so nothing matches.
    private const string From = """
         AND decision_number >= COALESCE((SELECT f.decision_number FROM decisions f
            WHERE f.tenant_id = @TenantId AND f.decided_at >= @From ORDER BY f.decided_at, f.decision_number LIMIT 1), 2147483647)
        """;

    private const string To = """
         AND decision_number < COALESCE((SELECT t.decision_number FROM decisions t
            WHERE t.tenant_id = @TenantId AND t.decided_at >= @To ORDER BY t.decided_at, t.decision_number LIMIT 1), 2147483647)
        """;

    /// <summary>
    /// Filters are exact, after trimming; use case, model and person name ignore case; From is
    /// inclusive, To exclusive. <c>TenantOnly</c>: no filter but the tenant.
    /// </summary>
    public static (string Where, DynamicParameters Parameters, bool TenantOnly) Build(DecisionQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.TenantId);
        var sql = new StringBuilder(Tenant);
        var parameters = new DynamicParameters();
        parameters.Add("TenantId", query.TenantId);
        Add(sql, parameters, Conversation, "ConversationId", Trimmed(query.ConversationId));
        Add(sql, parameters, Team, "TeamId", Trimmed(query.TeamId));
        Add(sql, parameters, UseCase, "UseCaseKey", FilterKey.Of(query.UseCase));
        Add(sql, parameters, Model, "ModelKey", FilterKey.Of(query.Model));
        if (Trimmed(query.Person) is { } person)
        {
            sql.Append(Person);
            parameters.Add("Person", person);
            parameters.Add("PersonKey", FilterKey.Of(person));
        }

        Add(sql, parameters, Status, "Status", Trimmed(query.Status));
        Add(sql, parameters, From, "From", query.From is { } from ? UtcText.Instant(from) : null);
        Add(sql, parameters, To, "To", query.To is { } to ? UtcText.Instant(to) : null);
        return (sql.ToString(), parameters, sql.Length == Tenant.Length);
    }

    private static void Add(StringBuilder sql, DynamicParameters parameters, string fragment, string name, string? value)
    {
        if (value is not null)
        {
            sql.Append(fragment);
            parameters.Add(name, value);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
