using ChatOpsAdvisor.Conversation.Decisions;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Contracts;

public abstract partial class DecisionLogContract
{
    [Fact]
    public async Task AppendEventAsync_Revisited_AppendedInOrderAtLogTime()
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);
        Clock.Advance(TimeSpan.FromDays(30));

        await Log.AppendEventAsync(new DecisionEvent(d.Number, "tenant-a", DecisionEventKinds.Revisited, Manager, DateTimeOffset.UnixEpoch, "2 new candidates | licence changed"), default);
        await Log.AppendEventAsync(new DecisionEvent(d.Number, "tenant-a", DecisionEventKinds.Revisited, Manager, DateTimeOffset.UnixEpoch, "no changes"), default);

        var events = await Log.EventsAsync("tenant-a", d.Number, default);
        Assert.Equal([DecisionEventKinds.Recorded, DecisionEventKinds.Revisited, DecisionEventKinds.Revisited], events.Select(e => e.Kind));
        Assert.Equal("2 new candidates | licence changed", events[1].Detail);
        Assert.Equal(SteppingClock.DefaultStart.AddDays(30), events[1].At);
        Assert.Equal(DecisionStatuses.Proposed, (await Log.GetAsync("tenant-a", d.Number, default))!.Status);
    }

    [Theory]
    [InlineData(DecisionEventKinds.Recorded)]
    [InlineData(DecisionEventKinds.Accepted)]
    [InlineData(DecisionEventKinds.Rejected)]
    [InlineData(DecisionEventKinds.Superseded)]
    [InlineData(" ")]
    public async Task AppendEventAsync_StatusKindOrBlank_Throws(string kind)
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.AppendEventAsync(new DecisionEvent(d.Number, "tenant-a", kind, Manager, Clock.GetUtcNow(), null), default));
        Assert.Single(await Log.EventsAsync("tenant-a", d.Number, default));
    }

    [Fact]
    public async Task AppendEventAsync_UnknownOrOtherTenant_ThrowsKeyNotFound()
    {
        await Log.RecordAsync(Sample.Decision("tenant-b", "b1"), default);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Log.AppendEventAsync(new DecisionEvent(1, "tenant-a", DecisionEventKinds.Revisited, Manager, Clock.GetUtcNow(), null), default));
        Assert.Single(await Log.EventsAsync("tenant-b", 1, default));
    }

    [Fact]
    public async Task EventsAsync_OtherTenantOrUnknown_Empty()
    {
        await Log.RecordAsync(Sample.Decision("tenant-b", "b1"), default);

        Assert.Empty(await Log.EventsAsync("tenant-a", 1, default));
        Assert.Empty(await Log.EventsAsync("tenant-b", 2, default));
    }

    [Fact]
    public async Task SetCardAsync_StoresReferenceAndLogsOncePerPlace()
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);
        var card = new CardReference("msteams", "19:abc@thread.tacv2;messageid=1", "1718000000000", "https://smba.trafficmanager.net/amer/", "28:bot-id");

        await Log.SetCardAsync("tenant-a", d.Number, card, default);
        await Log.SetCardAsync("tenant-a", d.Number, card, default);

        Assert.Equal(card, (await Log.GetAsync("tenant-a", d.Number, default))!.Card);
        var posted = Assert.Single(await Log.EventsAsync("tenant-a", d.Number, default), e => e.Kind == DecisionEventKinds.CardPosted);
        Assert.Equal("28:bot-id", posted.Actor.Id);

        var slack = new CardReference("slack", "C024BE91L", "1503435956.000247");
        await Log.SetCardAsync("tenant-a", d.Number, slack, default);
        Assert.Equal(slack, (await Log.GetAsync("tenant-a", d.Number, default))!.Card);
        Assert.Equal(2, (await Log.EventsAsync("tenant-a", d.Number, default)).Count(e => e.Kind == DecisionEventKinds.CardPosted));
    }

    [Fact]
    public async Task SetCardAsync_UnknownOrOtherTenant_ThrowsKeyNotFound()
    {
        await Log.RecordAsync(Sample.Decision("tenant-b", "b1"), default);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Log.SetCardAsync("tenant-a", 1, new CardReference("slack", "C1", "1.2"), default));
        Assert.Null((await Log.GetAsync("tenant-b", 1, default))!.Card);
    }

    [Fact]
    public async Task AttachValidationAsync_LatestOnRecordEveryResultInTrail()
    {
        var d = await Log.RecordAsync(Sample.Decision(), default);

        await Log.AttachValidationAsync("tenant-a", d.Number, "custom eval: 71/100 (±9)", Manager, default);
        await Log.AttachValidationAsync("tenant-a", d.Number, "custom eval: 78/100 (±8)", Manager, default);

        Assert.Equal("custom eval: 78/100 (±8)", (await Log.GetAsync("tenant-a", d.Number, default))!.ValidationResult);
        Assert.Equal(
            ["custom eval: 71/100 (±9)", "custom eval: 78/100 (±8)"],
            (await Log.EventsAsync("tenant-a", d.Number, default)).Where(e => e.Kind == DecisionEventKinds.ValidationAttached).Select(e => e.Detail));
    }

    [Fact]
    public async Task AttachValidationAsync_UnknownOrOtherTenant_ThrowsKeyNotFound()
    {
        await Log.RecordAsync(Sample.Decision("tenant-b", "b1"), default);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Log.AttachValidationAsync("tenant-a", 1, "x", Manager, default));
        Assert.Null((await Log.GetAsync("tenant-b", 1, default))!.ValidationResult);
    }
}
