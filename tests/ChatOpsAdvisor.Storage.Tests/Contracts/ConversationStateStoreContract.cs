using ChatOpsAdvisor.Conversation.State;
using ChatOpsAdvisor.Storage.Tests.Support;

namespace ChatOpsAdvisor.Storage.Tests.Contracts;

/// <summary>What every <see cref="IConversationStateStore"/> must do (derive and create a fresh store).</summary>
public abstract class ConversationStateStoreContract : IAsyncLifetime
{
    private static readonly ConversationKey Key = new("tenant-a", "conv-1", "user-1");

    protected SteppingClock Clock { get; } = new();

    protected IConversationStateStore Store { get; private set; } = null!;

    protected abstract Task<IConversationStateStore> CreateStoreAsync(TimeProvider time);

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Store = await CreateStoreAsync(Clock);

    public Task DisposeAsync() => DisposeStoreAsync();

    /// <summary>Every field set to something other than its default, so a field the store forgets shows up.</summary>
    public static ConversationState Full(string text = "24ギガのGPU 🚀 'quoted' \"double\"; DROP TABLE x; --") => new(
        Steps.Validation,
        Version: 7,
        Language: "ja",
        GpuMemoryGb: 23.5,
        GpuCount: 2,
        GpuId: "rtx-4090",
        Workload: "qlora",
        Precision: "int4",
        ContextTokens: 32768,
        UseCaseId: text,
        CommercialUseRequired: true,
        ShownCandidates: ["Qwen/Qwen2.5-Coder-7B-Instruct", text],
        Picked: ["Qwen/Qwen2.5-Coder-7B-Instruct"],
        SupersedesDecision: 41);

    [Fact]
    public void Full_SetsEveryConstructorParameter()
    {
        var parameters = typeof(ConversationState).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters();
        var full = Full();
        foreach (var p in parameters)
        {
            var value = typeof(ConversationState).GetProperty(p.Name!)!.GetValue(full);
            Assert.False(Equals(value, p.HasDefaultValue ? p.DefaultValue : null), $"Full() leaves {p.Name} at its default: set it so the round trip covers it.");
        }
    }

    [Fact]
    public async Task LoadAsync_NothingSaved_Null() => Assert.Null(await Store.LoadAsync(Key, default));

    [Fact]
    public async Task SaveAsync_EveryField_RoundTrips()
    {
        await Store.SaveAsync(Key, Full(), default);

        Same.Equal(Full(), await Store.LoadAsync(Key, default));
    }

    [Fact]
    public async Task SaveAsync_Again_Replaces()
    {
        await Store.SaveAsync(Key, Full(), default);
        var next = ConversationState.New("en") with { Version = 8 };

        await Store.SaveAsync(Key, next, default);

        Same.Equal(next, await Store.LoadAsync(Key, default));
    }

    [Fact]
    public async Task SaveAsync_KeysDifferInOnePart_KeptApart()
    {
        ConversationKey[] keys = [Key, Key with { TenantId = "tenant-b" }, Key with { ConversationId = "conv-2" }, Key with { UserId = "user-2" }];
        for (var i = 0; i < keys.Length; i++)
        {
            await Store.SaveAsync(keys[i], ConversationState.New("en") with { Version = i + 1 }, default);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i + 1, (await Store.LoadAsync(keys[i], default))!.Version);
        }
    }

    [Fact]
    public async Task DeleteAsync_Saved_GoneOthersStay()
    {
        var other = Key with { UserId = "user-2" };
        await Store.SaveAsync(Key, Full(), default);
        await Store.SaveAsync(other, Full(), default);

        await Store.DeleteAsync(Key, default);
        await Store.DeleteAsync(Key, default);

        Assert.Null(await Store.LoadAsync(Key, default));
        Assert.NotNull(await Store.LoadAsync(other, default));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentSavesOfOneKey_OneOfThemWins()
    {
        var saves = Enumerable.Range(1, 16).Select(v => Task.Run(() => Store.SaveAsync(Key, ConversationState.New("en") with { Version = v }, default)));

        await Task.WhenAll(saves);

        Assert.InRange((await Store.LoadAsync(Key, default))!.Version, 1, 16);
    }
}
