using System.Net;
using System.Net.Http.Headers;
using ChatOpsAdvisor.Tests.Dashboard.Support;

namespace ChatOpsAdvisor.Tests.Dashboard;

/// <summary>Without Dashboard:Authority the pages answer loopback requests only, for the tenant named in the query.</summary>
public sealed class DashboardLoopbackAccessTests(SeededDashboard seeded) : IClassFixture<SeededDashboard>
{
    public static TheoryData<string> Routes => new() { "/decisions", "/decisions.csv", "/decisions/1", "/decisions/1.md" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_FromAnotherMachine_403(string route)
    {
        var response = await seeded.App.ClientFrom("203.0.113.7").GetAsync(new Uri(route + "?tenant=tenant-a", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Qwen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_NoRemoteAddress_403(string route)
    {
        var response = await seeded.App.ClientFrom(null).GetAsync(new Uri(route + "?tenant=tenant-a", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task History_FromLoopback_200(string remote)
    {
        var response = await seeded.App.ClientFrom(remote).GetAsync(new Uri("/decisions?tenant=tenant-a", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "198.51.100.4")]
    [InlineData("Forwarded", "for=198.51.100.4")]
    public async Task History_ThroughAProxy_403(string header, string value)
    {
        var client = seeded.App.ClientFrom("127.0.0.1");
        client.DefaultRequestHeaders.Add(header, value);

        var response = await client.GetAsync(new Uri("/decisions?tenant=tenant-a", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/decisions")]
    [InlineData("/decisions?tenant=")]
    [InlineData("/decisions?tenant=%20")]
    [InlineData("/decisions?tenant=tenant-a&tenant=tenant-b")]
    [InlineData("/decisions.csv")]
    [InlineData("/decisions/1")]
    [InlineData("/decisions/1.md")]
    public async Task Route_NoSingleTenant_400(string path)
    {
        var response = await seeded.App.ClientFrom("127.0.0.1").GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tenant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_FromAnotherMachine_Unaffected()
    {
        var response = await seeded.App.ClientFrom("203.0.113.7").GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_DatabaseAtConfiguredPath_Migrated()
    {
        await seeded.App.ClientFrom().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(File.Exists(seeded.App.DatabasePath));
    }
}

/// <summary>With Dashboard:Authority and Audience set, a bearer token from that authority is required and its tid is the tenant.</summary>
public sealed class DashboardBearerAccessTests(DashboardBearerAccessTests.BearerDashboard bearer) : IClassFixture<DashboardBearerAccessTests.BearerDashboard>
{
    public sealed class BearerDashboard : IAsyncLifetime
    {
        public const string OtherTenant = "99999999-8888-7777-6666-555555555555";

        public DashboardApp App { get; } = new(bearer: true);

        public async Task InitializeAsync()
        {
            await App.Log.RecordAsync(SeededDashboard.Decision(TestIssuer.HomeTenant, "h1", "code-assistant", "home/model", new("u1", "Home"), "home rationale"), default);
            await App.Log.RecordAsync(SeededDashboard.Decision(OtherTenant, "o1", "code-assistant", "other/model", new("u2", "Other"), "other rationale"), default);
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token, string remote = "203.0.113.7")
    {
        var client = bearer.App.ClientFrom(remote);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.GetAsync(new Uri(path, UriKind.Relative));
    }

    [Theory]
    [MemberData(nameof(DashboardLoopbackAccessTests.Routes), MemberType = typeof(DashboardLoopbackAccessTests))]
    public async Task Route_NoToken_401Challenge(string route)
    {
        var response = await GetAsync(route, token: null, remote: "127.0.0.1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(DashboardLoopbackAccessTests.Routes), MemberType = typeof(DashboardLoopbackAccessTests))]
    public async Task Route_ValidTokenFromAnywhere_HomeTenantOnly(string route)
    {
        var response = await GetAsync(route + "?tenant=" + BearerDashboard.OtherTenant, TestIssuer.Token());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("home/model", body, StringComparison.Ordinal);
        Assert.DoesNotContain("other/model", body, StringComparison.Ordinal);
        Assert.DoesNotContain("other rationale", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_Links_CarryNoTenant()
    {
        var html = await (await GetAsync("/decisions", TestIssuer.Token())).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/decisions/1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tenant=", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "signed by another key", TestIssuer.Token(key: TestIssuer.NewKey("attacker")) },
        { "for another audience", TestIssuer.Token(audience: "api://something-else") },
        { "from another tenant's issuer", TestIssuer.Token(tenant: BearerDashboard.OtherTenant, issuer: $"https://login.microsoftonline.com/{BearerDashboard.OtherTenant}/v2.0") },
        { "expired", TestIssuer.Token(expires: DateTime.UtcNow.AddHours(-2)) },
        { "not a token", "not.a.token" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task History_BadToken_401(string why, string token)
    {
        var response = await GetAsync("/decisions", token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
    }

    [Fact]
    public async Task History_TokenWithoutTenantClaim_403()
    {
        var response = await GetAsync("/decisions", TestIssuer.Token(tenant: null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Health_NoToken_Unaffected()
    {
        var response = await GetAsync("/healthz", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
