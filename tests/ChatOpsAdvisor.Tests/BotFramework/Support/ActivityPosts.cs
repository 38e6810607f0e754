using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOpsAdvisor.Tests.BotFramework.Support;

/// <summary>Posting activities to /api/messages the way a channel does.</summary>
public static class ActivityPosts
{
    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, string json, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostFixtureAsync(this HttpClient client, string fixture, string? bearerToken = null) =>
        client.PostActivityAsync(TestPaths.ActivityFixture(fixture), bearerToken);

    /// <summary>A fixture with some fields changed (null removes a field).</summary>
    public static string Fixture(string fixture, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(TestPaths.ActivityFixture(fixture))!.AsObject();
        change(json);
        return json.ToJsonString();
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
