using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Storage.Decisions;

/// <summary>
/// Read-only views of the log for the managers' pages, which the conversation flow never needs:
/// counts for the charts and a whole export. Tenant-scoped like <see cref="IDecisionLog"/>;
/// the query's Offset and Limit are ignored.
/// </summary>
public interface IDecisionReports
{
    /// <summary>Matching decisions counted per UTC day (oldest first) and per use case (largest first).</summary>
    Task<DecisionCounts> CountAsync(DecisionQuery query, CancellationToken cancellationToken);

    /// <summary>Every matching decision, newest first.</summary>
    IAsyncEnumerable<DecisionRecord> ExportAsync(DecisionQuery query, CancellationToken cancellationToken);
}

public sealed record DecisionCounts(IReadOnlyList<DayCount> PerDay, IReadOnlyList<UseCaseCount> PerUseCase);

public sealed record DayCount(DateOnly Day, int Count);

public sealed record UseCaseCount(string UseCase, int Count);
