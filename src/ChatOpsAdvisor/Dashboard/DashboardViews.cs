using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChatOpsAdvisor.Dashboard;

/// <summary>The frame every page shares: one self-contained HTML document, no external assets or scripts.</summary>
internal static class DashboardViews
{
    // Every Unicode range allowed, so Japanese stays readable; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1f2328;max-width:80rem}
        h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
        form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1rem 0}label{display:flex;flex-direction:column;font-size:.8rem;color:#57606a}
        input,select,button{font:inherit;padding:.2rem .35rem}.muted{color:#57606a}.charts{display:flex;flex-wrap:wrap;gap:2rem}
        .status{padding:0 .4rem;border-radius:.6rem;background:#eaeef2}.accepted{background:#dafbe1}.rejected{background:#ffebe9}.superseded{background:#fff8c5}
        nav{margin:1rem 0;display:flex;gap:1rem}blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid #d0d7de;white-space:pre-wrap}
        """;

    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    public static IResult Page(string title, string body) =>
        TypedResults.Content(
            $"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">" +
            $"<title>{E(title)} · ChatOpsAdvisor</title><style>{Style}</style></head><body>{body}</body></html>",
            "text/html; charset=utf-8");

    /// <summary>A short plain-text refusal (bad query input, access rules): never an exception page.</summary>
    public static IResult Problem(int statusCode, string message) => TypedResults.Text(message + "\n", "text/plain; charset=utf-8", statusCode: statusCode);

    public static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }
}
