using System.Net;
using ChatOpsAdvisor.Tests.Dashboard.Support;
using static ChatOpsAdvisor.Tests.Dashboard.Support.SeededDashboard;

namespace ChatOpsAdvisor.Tests.Dashboard;

/// <summary>GET /decisions and /decisions/{number} on the seeded app, from loopback.</summary>
public sealed class DashboardPageTests(SeededDashboard seeded) : IClassFixture<SeededDashboard>
{
    private readonly HttpClient _client = seeded.App.ClientFrom("127.0.0.1");

    [Fact]
    public async Task History_FirstPage_NewestTwentyFiveOfTheTenantOnly()
    {
        var response = await _client.GetAsync(new Uri("/decisions?tenant=tenant-a", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Enumerable.Range(6, 25).Reverse(), Pages.RowNumbers(html));
        Assert.Contains("30 matching", html, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/decisions?tenant=tenant-a&amp;page=2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(BOnly, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_SecondPage_RestAndNewerLink()
    {
        var html = await _client.GetStringAsync(new Uri("/decisions?tenant=tenant-a&page=2", UriKind.Relative));

        Assert.Equal([5, 4, 3, 2, 1], Pages.RowNumbers(html));
        Assert.Contains("rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("useCase=code-assistant", new[] { 3, 1 })]
    [InlineData("useCase=CODE-ASSISTANT", new[] { 3, 1 })]
    [InlineData("model=meta-llama%2Fllama-3.1-8b-instruct", new[] { 2 })]
    [InlineData("person=u1", new[] { 3, 1 })]
    [InlineData("person=ken+sato", new[] { 2 })]
    [InlineData("person=%E7%94%B0%E4%B8%AD+%E6%84%9B%E5%AD%90+%F0%9F%9A%80", new[] { 3, 1 })]
    [InlineData("status=accepted", new[] { 2 })]
    [InlineData("status=superseded", new[] { 1 })]
    [InlineData("from=2025-06-03&to=2025-06-10", new[] { 3, 2 })]
    [InlineData("from=2025-06-03&to=2025-06-03", new[] { 2 })]
    [InlineData("useCase=code-assistant&status=proposed", new[] { 3 })]
    [InlineData("useCase=nothing-like-this", new int[0])]
    [InlineData("useCase=&model=&person=&status=&from=&to=&page=", new[] { 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6 })]
    public async Task History_Filter_MatchingRows(string filter, int[] expected)
    {
        var html = await _client.GetStringAsync(new Uri("/decisions?tenant=tenant-a&" + filter, UriKind.Relative));

        Assert.Equal(expected, Pages.RowNumbers(html));
    }

    [Theory]
    [InlineData("from=2025-13-01")]
    [InlineData("from=yesterday")]
    [InlineData("to=06/01/2025")]
    [InlineData("from=2025-06-10&to=2025-06-01")]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999999")]
    [InlineData("status=maybe")]
    [InlineData("useCase=a&useCase=b")]
    public async Task PageAndCsv_BadQuery_400WithShortReason(string query)
    {
        foreach (var path in new[] { "/decisions", "/decisions.csv" })
        {
            var response = await _client.GetAsync(new Uri($"{path}?tenant=tenant-a&{query}", UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
            Assert.InRange(text.Length, 10, 200);
        }
    }

    [Fact]
    public async Task History_VeryLongFilter_400()
    {
        var response = await _client.GetAsync(new Uri("/decisions?tenant=tenant-a&model=" + new string('x', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task History_Charts_WeeklyBarsAndUseCases()
    {
        var html = await _client.GetStringAsync(new Uri("/decisions?tenant=tenant-a", UriKind.Relative));

        Assert.Contains("aria-label=\"Decisions per week\"", html, StringComparison.Ordinal);
        Assert.Equal(26, html.Split("<title>Week of ").Length - 1);
        Assert.Contains("<title>Week of 2025-06-02: 2</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Week of 2025-06-09: 2</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>summarisation: 27</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>code-assistant: 2</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_HostileText_EncodedUnicodeKept()
    {
        var html = await _client.GetStringAsync(new Uri("/decisions/1?tenant=tenant-a", UriKind.Relative));

        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("田中 愛子 &#x1F680;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_SupersededDecision_StatusLinkAndEvents()
    {
        var html = await _client.GetStringAsync(new Uri("/decisions/1?tenant=tenant-a", UriKind.Relative));

        Assert.Contains(">superseded</span> by <a href=\"/decisions/3?tenant=tenant-a\">#3</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>recorded</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>superseded</td>", html, StringComparison.Ordinal);
        Assert.Contains("superseded by #3", html, StringComparison.Ordinal);
        Assert.Contains("Qwen/Qwen2.5-Coder-7B-Instruct", html, StringComparison.Ordinal);
        Assert.Contains("88.4 ± 2.5", html, StringComparison.Ordinal);
        Assert.Contains("humaneval=88.4 (qwen-report, 2024-09-18)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_SameNumberInOtherTenant_ShowsThatTenantsOwn()
    {
        var a = await _client.GetStringAsync(new Uri("/decisions/1?tenant=tenant-a", UriKind.Relative));
        var b = await _client.GetStringAsync(new Uri("/decisions/1?tenant=tenant-b", UriKind.Relative));
        var missing = await _client.GetAsync(new Uri("/decisions/3?tenant=tenant-b", UriKind.Relative));

        Assert.DoesNotContain(BOnly, a, StringComparison.Ordinal);
        Assert.Contains(BOnly, b, StringComparison.Ordinal);
        Assert.DoesNotContain("Qwen", b, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/decisions/999?tenant=tenant-a")]
    [InlineData("/decisions/-1?tenant=tenant-a")]
    [InlineData("/decisions/abc?tenant=tenant-a")]
    [InlineData("/decisions/99999999999999999999?tenant=tenant-a")]
    [InlineData("/decisions/999.md?tenant=tenant-a")]
    public async Task Detail_NoSuchDecision_404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_SecurityHeaders_NoScriptsNoFraming()
    {
        var response = await _client.GetAsync(new Uri("/decisions?tenant=tenant-a", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
