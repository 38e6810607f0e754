using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Contracts;

public abstract partial class DecisionLogContract
{
    [Fact]
    public async Task RecordAsync_SameActivityAgain_ReturnsFirstRecordAndNoSecondEvent()
    {
        var first = await Log.RecordAsync(Sample.Decision(rationale: "first"), default);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var retry = await Log.RecordAsync(Sample.Decision(rationale: "second attempt, different text"), default);

        Same.Equal(first, retry);
        Assert.Equal(1, (await Log.HistoryAsync(new DecisionQuery("tenant-a"), default)).Total);
        Assert.Single(await Log.EventsAsync("tenant-a", first.Number, default));
        Assert.Equal(2, (await Log.RecordAsync(Sample.Decision(activity: "activity-2"), default)).Number);
    }

    [Fact]
    public async Task RecordAsync_SameActivityInAnotherTenant_IsAnotherDecision()
    {
        var a = await Log.RecordAsync(Sample.Decision("tenant-a", "same-activity"), default);
        var b = await Log.RecordAsync(Sample.Decision("tenant-b", "same-activity"), default);

        Assert.Equal("tenant-a", a.TenantId);
        Assert.Equal("tenant-b", b.TenantId);
        Assert.Equal(1, b.Number);
    }

    [Fact]
    public async Task RecordAsync_ConcurrentDoubleSubmit_OneRecordOneEvent()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var submits = Enumerable.Range(0, 8)
            .Select(i => Task.Run(async () =>
            {
                await gate.Task;
                return await Log.RecordAsync(Sample.Decision(activity: "double-click", rationale: $"click {i}"), default);
            }))
            .ToList();

        gate.SetResult();
        var results = await Task.WhenAll(submits);

        Assert.All(results, r => Assert.Equal(1, r.Number));
        Assert.Single(results.Select(r => r.Rationale).Distinct());
        Assert.Equal(1, (await Log.HistoryAsync(new DecisionQuery("tenant-a"), default)).Total);
        Assert.Single(await Log.EventsAsync("tenant-a", 1, default));
    }

    [Fact]
    public async Task RecordAsync_EightWritersFiveHundredEach_NothingLostNothingDuplicated()
    {
        const int Writers = 8;
        const int PerWriter = 500;
        var writers = Enumerable.Range(0, Writers)
            .Select(w => Task.Run(async () =>
            {
                var numbers = new List<int>(PerWriter);
                for (var i = 0; i < PerWriter; i++)
                {
                    numbers.Add((await Log.RecordAsync(Sample.Decision(activity: $"w{w}-{i}", rationale: $"writer {w} item {i}"), default)).Number);
                }

                return numbers;
            }))
            .ToList();

        var returned = (await Task.WhenAll(writers)).SelectMany(n => n).Order().ToList();

        Assert.Equal(Enumerable.Range(1, Writers * PerWriter), returned);
        var stored = new List<DecisionRecord>();
        for (var offset = 0; ; offset += 500)
        {
            var page = await Log.HistoryAsync(new DecisionQuery("tenant-a", Offset: offset, Limit: 500), default);
            Assert.Equal(Writers * PerWriter, page.Total);
            if (page.Records.Count == 0)
            {
                break;
            }

            stored.AddRange(page.Records);
        }

        Assert.Equal(Enumerable.Range(1, Writers * PerWriter), stored.Select(d => d.Number).Order());
        Assert.Equal(Writers * PerWriter, stored.Select(d => d.SourceActivityId).Distinct().Count());
        Assert.All(stored, d => Assert.Equal(d.Rationale, "writer " + d.SourceActivityId[1..].Replace("-", " item ", StringComparison.Ordinal)));
    }
}
