using ChatOpsAdvisor.Conversation.Decisions;

namespace ChatOpsAdvisor.Testing;

/// <summary>The decision log in memory, for flow tests (the SQLite one has its own contract tests).</summary>
public sealed class InMemoryDecisionLog(TimeProvider time) : IDecisionLog
{
    private readonly object gate = new();
    private readonly List<DecisionRecord> records = [];
    private readonly List<DecisionEvent> events = [];

    public IReadOnlyList<DecisionRecord> Records
    {
        get
        {
            lock (gate)
            {
                return records.ToList();
            }
        }
    }

    public Task<DecisionRecord> RecordAsync(NewDecision decision, CancellationToken cancellationToken)
    {
        var d = decision;
        lock (gate)
        {
            var existing = records.FirstOrDefault(r => r.TenantId == d.TenantId && r.SourceActivityId == d.SourceActivityId);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var number = records.Where(r => r.TenantId == d.TenantId).Select(r => r.Number).DefaultIfEmpty(0).Max() + 1;
            var record = new DecisionRecord(number, d.TenantId, d.Place, d.DecidedBy, time.GetUtcNow(), d.Inputs, d.Candidates, d.ChosenModel, d.Rationale, d.BotReasons, d.Pitfalls, d.CatalogVersion, DecisionStatuses.Proposed, null, d.Supersedes, null, d.SourceActivityId);
            records.Add(record);
            events.Add(new DecisionEvent(number, d.TenantId, DecisionEventKinds.Recorded, d.DecidedBy, time.GetUtcNow(), null));
            if (d.Supersedes is { } old && Find(d.TenantId, old) is { } previous)
            {
                Replace(previous with { Status = DecisionStatuses.Superseded, SupersededBy = number });
                events.Add(new DecisionEvent(old, d.TenantId, DecisionEventKinds.Superseded, d.DecidedBy, time.GetUtcNow(), $"by #{number}"));
            }

            return Task.FromResult(record);
        }
    }

    public Task<DecisionRecord?> GetAsync(string tenantId, int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(Find(tenantId, number));
        }
    }

    public Task<DecisionPage> HistoryAsync(DecisionQuery query, CancellationToken cancellationToken)
    {
        var q = query;
        lock (gate)
        {
            var matching = records.Where(r => r.TenantId == q.TenantId
                    && (q.ConversationId is null || r.Place.ConversationId == q.ConversationId)
                    && (q.TeamId is null || r.Place.TeamId == q.TeamId)
                    && (q.UseCase is null || r.Inputs.UseCase == q.UseCase)
                    && (q.Model is null || r.ChosenModel == q.Model)
                    && (q.Person is null || (r.DecidedBy.Name ?? r.DecidedBy.Id).Contains(q.Person, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(r => r.Number)
                .ToList();
            return Task.FromResult(new DecisionPage(matching.Skip(q.Offset).Take(q.Limit).ToList(), matching.Count));
        }
    }

    public Task<DecisionRecord?> ChangeStatusAsync(string tenantId, int number, string status, DecisionActor actor, string? detail, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (Find(tenantId, number) is not { } r)
            {
                return Task.FromResult<DecisionRecord?>(null);
            }

            var changed = r with { Status = status };
            Replace(changed);
            events.Add(new DecisionEvent(number, tenantId, status, actor, time.GetUtcNow(), detail));
            return Task.FromResult<DecisionRecord?>(changed);
        }
    }

    public Task AppendEventAsync(DecisionEvent decisionEvent, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            events.Add(decisionEvent);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DecisionEvent>> EventsAsync(string tenantId, int number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<DecisionEvent>>(events.Where(e => e.TenantId == tenantId && e.DecisionNumber == number).ToList());
        }
    }

    public Task SetCardAsync(string tenantId, int number, CardReference card, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (Find(tenantId, number) is { } r)
            {
                Replace(r with { Card = card });
            }
        }

        return Task.CompletedTask;
    }

    public Task AttachValidationAsync(string tenantId, int number, string result, DecisionActor actor, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (Find(tenantId, number) is { } r)
            {
                Replace(r with { ValidationResult = result });
            }
        }

        return Task.CompletedTask;
    }

    private DecisionRecord? Find(string tenantId, int number) => records.FirstOrDefault(r => r.TenantId == tenantId && r.Number == number);

    private void Replace(DecisionRecord r) => records[records.FindIndex(x => x.TenantId == r.TenantId && x.Number == r.Number)] = r;
}
