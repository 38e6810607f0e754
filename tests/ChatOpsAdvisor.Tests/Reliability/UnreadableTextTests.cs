using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOpsAdvisor.Tests.BotFramework.Support;

namespace ChatOpsAdvisor.Tests.Reliability;

/// <summary>
/// Found by <see cref="HostileInputTests"/>: invalid UTF-8 (or an escaped lone surrogate) in a card submission's
/// value made the turn throw before the error path and the bot answer 500. Such text is now refused with 400
/// before anything runs; real non-ASCII text still goes through.
/// </summary>
public sealed class UnreadableTextTests : IDisposable
{
    private readonly BotAppFactory app = new();
    private readonly HttpClient client;

    public UnreadableTextTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Theory]
    [InlineData("value", new byte[] { 0xFF })]
    [InlineData("value", new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData("text", new byte[] { 0xC3, 0x28 })]
    [InlineData("value", new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    [InlineData("key", new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'f', (byte)'f', (byte)'f' })]
    [InlineData("channelData", new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    public async Task Post_UnreadableTextInTheActivity_Answers400AndRunsNothing(string where, byte[] bad)
    {
        var response = await PostAsync(Submission(where, "MARK"), "MARK"u8.ToArray(), bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(app.Flow.Turns);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task Post_JapaneseAndEmojiInTheValue_IsATurnAsBefore()
    {
        var response = await PostAsync(Submission("value", "ＧＰＵ 🔥 \\ud83d\\udd25"), [], []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ＧＰＵ 🔥 🔥", Assert.Single(app.Flow.Turns).Values["note"]);
    }

    private static string Submission(string where, string text) => ActivityPosts.Fixture("playground-message", a =>
    {
        switch (where)
        {
            case "value":
                a["value"] = new JsonObject { ["verb"] = "start", ["note"] = text };
                break;
            case "key":
                a["value"] = new JsonObject { [text] = "x" };
                break;
            case "channelData":
                a["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = text } };
                break;
            default:
                a[where] = text;
                break;
        }
    }).Replace("\\\\u", "\\u", StringComparison.Ordinal);

    /// <summary>Posts the JSON as UTF-8 with <paramref name="marker"/>'s bytes replaced by <paramref name="bad"/>.</summary>
    private async Task<HttpResponseMessage> PostAsync(string json, byte[] marker, byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = marker.Length == 0 ? -1 : bytes.AsSpan().IndexOf(marker);
        byte[] body = at < 0 ? bytes : [.. bytes[..at], .. bad, .. bytes[(at + marker.Length)..]];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }
}
