using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Storage.State;
using ChatOpsAdvisor.Storage.Tests.Support;
using Moq;

namespace ChatOpsAdvisor.Storage.Tests.Sqlite;

/// <summary>The write-through cache: what reaches the file, and when the store is asked again.</summary>
public sealed class CachedConversationStateStoreTests
{
    private static readonly ConversationKey Alice = new("tenant", "chat", "alice");
    private static readonly ConversationState Step2 = ConversationState.New("en") with { Step = Steps.Benchmarks, Version = 2 };

    [Fact]
    public async Task Save_WritesThroughToTheFile_BeforeTheLoadIsAnsweredFromMemory()
    {
        using var db = await TempDatabase.MigratedAsync(TimeProvider.System);
        var cached = new CachedConversationStateStore(new SqliteConversationStateStore(db.Database, TimeProvider.System), capacity: 10);

        await cached.SaveAsync(Alice, Step2, CancellationToken.None);

        var fromFile = await new SqliteConversationStateStore(db.Database, TimeProvider.System).LoadAsync(Alice, CancellationToken.None);
        Assert.Equal(Step2.Step, fromFile?.Step);
        Assert.Equal(Step2.Version, fromFile?.Version);
        Assert.Same(Step2, await cached.LoadAsync(Alice, CancellationToken.None));
    }

    [Fact]
    public async Task Load_NoStateYet_AsksTheStoreOnce()
    {
        var store = new Mock<IConversationStateStore>();
        var cached = new CachedConversationStateStore(store.Object, capacity: 10);

        Assert.Null(await cached.LoadAsync(Alice, CancellationToken.None));
        Assert.Null(await cached.LoadAsync(Alice, CancellationToken.None));

        store.Verify(s => s.LoadAsync(Alice, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Save_WhenTheStoreFails_ThrowsAndTheNextLoadAsksTheStore()
    {
        var store = new Mock<IConversationStateStore>();
        store.Setup(s => s.SaveAsync(Alice, It.IsAny<ConversationState>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        store.Setup(s => s.LoadAsync(Alice, It.IsAny<CancellationToken>())).ReturnsAsync(Step2);
        var cached = new CachedConversationStateStore(store.Object, capacity: 10);
        await cached.LoadAsync(Alice, CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => cached.SaveAsync(Alice, Step2 with { Version = 3 }, CancellationToken.None));
        var after = await cached.LoadAsync(Alice, CancellationToken.None);

        Assert.Equal(2, after?.Version);
        store.Verify(s => s.LoadAsync(Alice, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Delete_ForgetsTheState()
    {
        var store = new Mock<IConversationStateStore>();
        var cached = new CachedConversationStateStore(store.Object, capacity: 10);
        await cached.SaveAsync(Alice, Step2, CancellationToken.None);

        await cached.DeleteAsync(Alice, CancellationToken.None);

        Assert.Null(await cached.LoadAsync(Alice, CancellationToken.None));
        store.Verify(s => s.DeleteAsync(Alice, It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.LoadAsync(Alice, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Capacity_HoldsAtMostThatManyPeople_TheLongestHeldGoFirst()
    {
        var store = new Mock<IConversationStateStore>();
        var cached = new CachedConversationStateStore(store.Object, capacity: 3);
        var people = Enumerable.Range(0, 5).Select(i => new ConversationKey("tenant", "chat", $"p{i}")).ToList();
        foreach (var person in people)
        {
            await cached.SaveAsync(person, Step2, CancellationToken.None);
        }

        Assert.Equal(3, cached.Count);
        await cached.LoadAsync(people[0], CancellationToken.None);
        await cached.LoadAsync(people[4], CancellationToken.None);
        store.Verify(s => s.LoadAsync(people[0], It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.LoadAsync(people[4], It.IsAny<CancellationToken>()), Times.Never);
    }
}
