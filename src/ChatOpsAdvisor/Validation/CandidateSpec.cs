namespace ChatOpsAdvisor.Validation;

/// <summary>
/// Parses "name=url,model[,key]". The url may be a server root (http://host:8000, "/v1" is added),
/// an API base ending in /v1, or the full .../chat/completions address. A key written "env:NAME"
/// is read from that environment variable so it stays out of shell history.
/// </summary>
public static class CandidateSpec
{
    public const string Format = "name=url,model[,key]";

    public static EvalCandidate Parse(string spec, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        var name = eq > 0 ? spec[..eq].Trim() : string.Empty;
        var parts = eq > 0 ? spec[(eq + 1)..].Split(',', 3, StringSplitOptions.TrimEntries) : [];
        if (name.Length == 0 || parts.Length < 2 || parts[1].Length == 0)
        {
            throw new FormatException($"a candidate is {Format}, e.g. qwen=http://127.0.0.1:8000/v1,Qwen/Qwen2.5-7B-Instruct (got \"{Redacted(spec)}\")");
        }

        if (!Uri.TryCreate(parts[0], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"candidate {name}: \"{parts[0]}\" is not an http(s) URL");
        }

        var key = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
        if (key is not null && key.StartsWith("env:", StringComparison.Ordinal))
        {
            var variable = key[4..];
            key = (environment ?? Environment.GetEnvironmentVariable)(variable)
                ?? throw new FormatException($"candidate {name}: environment variable {variable} is not set");
        }

        return new EvalCandidate(name, ApiBase(url), parts[1], key);
    }

    /// <summary>The base the OpenAI client expects: it appends "chat/completions" itself.</summary>
    public static Uri ApiBase(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.AbsolutePath.TrimEnd('/');
        const string Completions = "/chat/completions";
        if (path.EndsWith(Completions, StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^Completions.Length];
        }
        else if (path.Length == 0)
        {
            path = "/v1";
        }

        return new UriBuilder(url) { Path = path, Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    /// <summary>The spec without anything after the second comma, for error messages.</summary>
    private static string Redacted(string spec)
    {
        var parts = spec.Split(',');
        return parts.Length > 2 ? string.Join(',', parts.Take(2)) + ",***" : spec;
    }
}
