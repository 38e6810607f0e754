using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.BotFramework.Schema;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.BotFramework;

/// <summary>The typed Activity keeps every field it does not type, so activities survive a round trip.</summary>
public sealed class ActivitySchemaTests
{
    public static TheoryData<string> Fixtures => [.. Directory.GetFiles(TestPaths.Activities, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Serialize_DeserializedFixture_EqualsTheOriginalJson(string fixture)
    {
        var original = JsonNode.Parse(TestPaths.ActivityFixture(fixture));

        var activity = JsonSerializer.Deserialize(TestPaths.ActivityFixture(fixture), BotJsonContext.Default.Activity)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity));

        Assert.True(JsonNode.DeepEquals(original, written), written!.ToJsonString());
    }

    [Fact]
    public void Deserialize_UnknownFields_LandInExtensionsAtEveryLevel()
    {
        var activity = JsonSerializer.Deserialize(TestPaths.ActivityFixture("teams-channel-mention"), BotJsonContext.Default.Activity)!;

        Assert.Equal("Europe/London", activity.Extensions!["localTimezone"].GetString());
        Assert.Equal(4, activity.Extensions["x-future-field"].GetProperty("nested").GetArrayLength());
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("Windows", activity.Entities![1].Extensions!["platform"].GetString());
        Assert.Equal("6b2c6f3e-0000-4000-8000-000000000001", activity.From!.AadObjectId);
    }

    [Fact]
    public void Serialize_Reply_OmitsNullsAndUsesCamelCase()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = "c" }, Summary = "s" };

        var json = JsonSerializer.Serialize(reply, BotJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","conversation":{"id":"c"},"summary":"s"}""", json);
    }
}
