using System.Net;
using System.Text;
using ChatOpsAdvisor.Tests.Dashboard.Support;
using static ChatOpsAdvisor.Tests.Dashboard.Support.SeededDashboard;

namespace ChatOpsAdvisor.Tests.Dashboard;

/// <summary>GET /decisions.csv and /decisions/{number}.md on the seeded app, from loopback.</summary>
public sealed class DashboardExportTests(SeededDashboard seeded) : IClassFixture<SeededDashboard>
{
    private readonly HttpClient _client = seeded.App.ClientFrom("127.0.0.1");

    private async Task<(HttpResponseMessage Response, string Text, List<List<string>> Rows)> CsvAsync(string query)
    {
        var response = await _client.GetAsync(new Uri("/decisions.csv?" + query, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        return (response, text, Pages.ParseCsv(text));
    }

    [Fact]
    public async Task Csv_Tenant_EveryDecisionNewestFirstAcrossPages()
    {
        var (response, _, rows) = await CsvAsync("tenant=tenant-a");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("decisions.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal("number", rows[0][0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.Equal(Enumerable.Range(1, 30).Reverse().Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r[0]));
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Contains(BOnly, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_OtherTenant_OnlyItsOwn()
    {
        var (_, text, rows) = await CsvAsync("tenant=tenant-b");

        Assert.Equal(3, rows.Count);
        Assert.DoesNotContain("Qwen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Filler", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_QuotesCommasLineBreaks_Rfc4180RoundTrip()
    {
        var (_, text, rows) = await CsvAsync("tenant=tenant-a&useCase=code-assistant");
        var header = rows[0];
        var one = rows.Single(r => r[0] == "1");

        Assert.Equal(3, rows.Count);
        Assert.Equal(Hostile, one[header.IndexOf("rationale")]);
        Assert.Equal("田中 愛子 🚀", one[header.IndexOf("decided_by_name")]);
        Assert.Equal("superseded", one[header.IndexOf("status")]);
        Assert.Equal("3", one[header.IndexOf("superseded_by")]);
        Assert.Contains("\"<script>alert('x')</script> & \"\"quoted\"\", with comma\r\nand a second line\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_FormulaLikeText_PrefixedWithApostrophe()
    {
        var (_, _, rows) = await CsvAsync("tenant=tenant-a&status=accepted");

        Assert.Equal("'" + Formula, rows[1][rows[0].IndexOf("rationale")]);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', cell));
    }

    [Fact]
    public async Task Markdown_Adr_SectionsStatusOptionsAndHistory()
    {
        var response = await _client.GetAsync(new Uri("/decisions/1.md?tenant=tenant-a", UriKind.Relative));
        var md = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("# 1. Use Qwen/Qwen2.5-Coder-7B-Instruct for code-assistant\n", md, StringComparison.Ordinal);
        string[] sections = ["## Context", "## Options considered", "## Decision", "## Consequences", "## History"];
        Assert.Equal(sections.Order(), sections.Select(s => (md.IndexOf(s, StringComparison.Ordinal), s)).Where(p => p.Item1 >= 0).OrderBy(p => p.Item1).Select(p => p.s).Order());
        Assert.Contains("- Status: superseded (superseded by #3)", md, StringComparison.Ordinal);
        Assert.Contains("- Hardware: 2 × NVIDIA RTX 4090, 24 GB per GPU", md, StringComparison.Ordinal);
        Assert.Contains("| 1 | Qwen/Qwen2.5-Coder-7B-Instruct | 7.6 | 88.4 ± 2.5 | 17.2 | 41 | Apache-2.0 | humaneval=88.4 \\(qwen-report, 2024-09-18\\) |", md, StringComparison.Ordinal);
        Assert.Contains("Chosen: **Qwen/Qwen2.5-Coder-7B-Instruct** (ranked 1 of 2 shown).", md, StringComparison.Ordinal);
        Assert.Contains("- Licence: Apache-2.0", md, StringComparison.Ordinal);
        Assert.Contains("- Pitfall (contamination): HumanEval may be in the training data.", md, StringComparison.Ordinal);
        Assert.Contains("| recorded | 田中 愛子 🚀 \\(u1\\) |", md, StringComparison.Ordinal);
        Assert.Contains("| superseded |", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_HostileRationale_NoHtmlNoBrokenQuote()
    {
        var md = await _client.GetStringAsync(new Uri("/decisions/1.md?tenant=tenant-a", UriKind.Relative));

        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("> &lt;script&gt;alert\\('x'\\)&lt;/script&gt; &amp; \"quoted\", with comma\n> and a second line", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_SameNumberInOtherTenant_ThatTenantsOwn()
    {
        var md = await _client.GetStringAsync(new Uri("/decisions/1.md?tenant=tenant-b", UriKind.Relative));

        Assert.Contains(BOnly, md, StringComparison.Ordinal);
        Assert.DoesNotContain("Qwen", md, StringComparison.Ordinal);
    }
}
