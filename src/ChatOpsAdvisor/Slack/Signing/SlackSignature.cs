using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOpsAdvisor.Slack.Signing;

/// <summary>
/// Slack's request signing (shared/reference/bot-protocol.md §e.2; api.slack.com/authentication/verifying-requests-from-slack):
/// <c>X-Slack-Signature = "v0=" + hex(HMAC-SHA256(signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw body))</c>,
/// compared in constant time; a timestamp more than five minutes from now is refused, so a captured request cannot be replayed.
/// </summary>
public sealed class SlackSignature(TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string Version = "v0";

    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Why a request failed verification (logged, never sent back).</summary>
    public static class Failures
    {
        public const string NoSecret = "no signing secret configured";
        public const string MissingHeaders = "missing X-Slack-Signature or X-Slack-Request-Timestamp";
        public const string BadTimestamp = "timestamp is not a number";
        public const string Stale = "timestamp more than 5 minutes from now";
        public const string Mismatch = "signature does not match";
    }

    /// <returns>null when the request is Slack's; otherwise one of <see cref="Failures"/>.</returns>
    public string? Verify(string? secret, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return Failures.NoSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return Failures.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Failures.BadTimestamp;
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (age > MaxClockSkew.TotalSeconds || age < -MaxClockSkew.TotalSeconds)
        {
            return Failures.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp, body));
        var given = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : Failures.Mismatch;
    }

    /// <summary>The signature Slack sends for this body and timestamp ("v0=" and lowercase hex).</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        return Version + "=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
