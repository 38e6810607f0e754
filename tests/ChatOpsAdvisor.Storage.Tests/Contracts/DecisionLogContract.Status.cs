using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Contracts;

public abstract partial class DecisionLogContract
{
    private static readonly DecisionActor Manager = new("user-9", "Ken Sato");

    [Fact]
    public async Task RecordAsync_Supersedes_OldOneSupersededByNewWithEvents()
    {
        var old = await Log.RecordAsync(Sample.Decision(activity: "a1"), default);
        Clock.Advance(TimeSpan.FromDays(3));

        var successor = await Log.RecordAsync(Sample.Decision(activity: "a2", personId: "user-2", personName: "Mei", supersedes: old.Number), default);
        var oldNow = await Log.GetAsync("tenant-a", old.Number, default);

        Assert.Equal(old.Number, successor.Supersedes);
        Assert.Equal(DecisionStatuses.Proposed, successor.Status);
        Assert.NotNull(oldNow);
        Assert.Equal(DecisionStatuses.Superseded, oldNow.Status);
        Assert.Equal(successor.Number, oldNow.SupersededBy);
        var oldEvents = await Log.EventsAsync("tenant-a", old.Number, default);
        Assert.Equal([DecisionEventKinds.Recorded, DecisionEventKinds.Superseded], oldEvents.Select(e => e.Kind));
        Assert.Equal(new DecisionActor("user-2", "Mei"), oldEvents[1].Actor);
        Assert.Equal(SteppingClock.DefaultStart.AddDays(3), oldEvents[1].At);
        Assert.Contains($"#{successor.Number}", oldEvents[1].Detail, StringComparison.Ordinal);
        Assert.Equal([DecisionEventKinds.Recorded], (await Log.EventsAsync("tenant-a", successor.Number, default)).Select(e => e.Kind));
    }

    [Fact]
    public async Task RecordAsync_SupersedesUnknownOrOtherTenants_RefusedAndNothingWritten()
    {
        await Log.RecordAsync(Sample.Decision("tenant-b", "b1"), default);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.RecordAsync(Sample.Decision(activity: "a1", supersedes: 1), default));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.RecordAsync(Sample.Decision(activity: "a1", supersedes: 42), default));

        Assert.Equal(0, (await Log.HistoryAsync(new DecisionQuery("tenant-a"), default)).Total);
        Assert.Equal(DecisionStatuses.Proposed, (await Log.GetAsync("tenant-b", 1, default))!.Status);
        Assert.Single(await Log.EventsAsync("tenant-b", 1, default));
    }

    [Fact]
    public async Task ChangeStatusAsync_Accept_StatusAndEvent()
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);
        Clock.Advance(TimeSpan.FromHours(2));

        var accepted = await Log.ChangeStatusAsync("tenant-a", d.Number, DecisionStatuses.Accepted, Manager, "looks right", default);

        Assert.NotNull(accepted);
        Assert.Equal(DecisionStatuses.Accepted, accepted.Status);
        Assert.Equal(DecisionStatuses.Accepted, (await Log.GetAsync("tenant-a", d.Number, default))!.Status);
        var e = (await Log.EventsAsync("tenant-a", d.Number, default))[^1];
        Assert.Equal(new DecisionEvent(d.Number, "tenant-a", DecisionEventKinds.Accepted, Manager, SteppingClock.DefaultStart.AddHours(2), "looks right"), e);
    }

    [Fact]
    public async Task ChangeStatusAsync_AcceptTwiceThenReject_OneEventPerChange()
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);

        await Log.ChangeStatusAsync("tenant-a", d.Number, DecisionStatuses.Accepted, Manager, null, default);
        await Log.ChangeStatusAsync("tenant-a", d.Number, DecisionStatuses.Accepted, Manager, null, default);
        var rejected = await Log.ChangeStatusAsync("tenant-a", d.Number, DecisionStatuses.Rejected, Manager, "licence", default);

        Assert.Equal(DecisionStatuses.Rejected, rejected!.Status);
        Assert.Equal(
            [DecisionEventKinds.Recorded, DecisionEventKinds.Accepted, DecisionEventKinds.Rejected],
            (await Log.EventsAsync("tenant-a", d.Number, default)).Select(e => e.Kind));
    }

    [Fact]
    public async Task ChangeStatusAsync_Superseded_StaysSupersededNoEvent()
    {
        var old = await Log.RecordAsync(Sample.Decision(activity: "a1"), default);
        await Log.RecordAsync(Sample.Decision(activity: "a2", supersedes: old.Number), default);

        var result = await Log.ChangeStatusAsync("tenant-a", old.Number, DecisionStatuses.Accepted, Manager, null, default);

        Assert.Equal(DecisionStatuses.Superseded, result!.Status);
        Assert.Equal(2, (await Log.EventsAsync("tenant-a", old.Number, default)).Count);
    }

    [Fact]
    public async Task ChangeStatusAsync_UnknownOrOtherTenant_Null()
    {
        await Log.RecordAsync(Sample.Decision("tenant-b", "b1"), default);

        Assert.Null(await Log.ChangeStatusAsync("tenant-a", 1, DecisionStatuses.Accepted, Manager, null, default));
        Assert.Null(await Log.ChangeStatusAsync("tenant-b", 2, DecisionStatuses.Accepted, Manager, null, default));
        Assert.Equal(DecisionStatuses.Proposed, (await Log.GetAsync("tenant-b", 1, default))!.Status);
    }

    [Theory]
    [InlineData(DecisionStatuses.Superseded)]
    [InlineData(DecisionStatuses.Proposed)]
    [InlineData("ACCEPTED")]
    [InlineData("")]
    public async Task ChangeStatusAsync_NotSettable_Throws(string status)
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.ChangeStatusAsync("tenant-a", d.Number, status, Manager, null, default));
        Assert.Single(await Log.EventsAsync("tenant-a", d.Number, default));
    }
}
