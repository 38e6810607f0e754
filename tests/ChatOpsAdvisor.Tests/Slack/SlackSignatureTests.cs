using System.Text;
using ChatOpsAdvisor.Slack.Signing;
using ChatOpsAdvisor.Testing;

namespace ChatOpsAdvisor.Tests.Slack;

/// <summary>
/// Request signing against Slack's own worked example (api.slack.com/authentication/verifying-requests-from-slack;
/// bot-protocol.md §e.2 gives the scheme, not the example) and every way a request can be forged or replayed.
/// </summary>
public sealed class SlackSignatureTests
{
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocTimestamp = "1531420618";
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string DocBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset DocTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static string? Verify(string? timestamp, string? signature, string body = DocBody, string? secret = DocSecret, TimeSpan? clockOffset = null) =>
        new SlackSignature(new FixedTime(DocTime + (clockOffset ?? TimeSpan.FromSeconds(30)))).Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Compute_SlackDocumentedExample_SameSignature()
    {
        Assert.Equal(DocSignature, SlackSignature.Compute(DocSecret, DocTimestamp, Encoding.UTF8.GetBytes(DocBody)));
    }

    [Fact]
    public void Verify_SlackDocumentedExample_Accepted()
    {
        Assert.Null(Verify(DocTimestamp, DocSignature));
    }

    [Fact]
    public void Verify_TamperedBody_Refused()
    {
        Assert.Equal(SlackSignature.Failures.Mismatch, Verify(DocTimestamp, DocSignature, DocBody.Replace("text=&", "text=rm+-rf&", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verify_TamperedTimestamp_Refused()
    {
        Assert.Equal(SlackSignature.Failures.Mismatch, Verify("1531420619", DocSignature));
    }

    [Theory]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=")]
    public void Verify_TamperedSignature_Refused(string signature)
    {
        Assert.Equal(SlackSignature.Failures.Mismatch, Verify(DocTimestamp, signature));
    }

    [Fact]
    public void Verify_WrongSecret_Refused()
    {
        Assert.Equal(SlackSignature.Failures.Mismatch, Verify(DocTimestamp, DocSignature, secret: "another-secret"));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86_400)]
    public void Verify_TimestampMoreThanFiveMinutesAway_Refused(int clockOffsetSeconds)
    {
        Assert.Equal(SlackSignature.Failures.Stale, Verify(DocTimestamp, DocSignature, clockOffset: TimeSpan.FromSeconds(clockOffsetSeconds)));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void Verify_TimestampAtFiveMinutes_Accepted(int clockOffsetSeconds)
    {
        Assert.Null(Verify(DocTimestamp, DocSignature, clockOffset: TimeSpan.FromSeconds(clockOffsetSeconds)));
    }

    [Theory]
    [InlineData(null, DocSignature)]
    [InlineData(DocTimestamp, null)]
    [InlineData("", "")]
    public void Verify_MissingHeaders_Refused(string? timestamp, string? signature)
    {
        Assert.Equal(SlackSignature.Failures.MissingHeaders, Verify(timestamp, signature));
    }

    [Theory]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData("soon")]
    public void Verify_TimestampNotANumber_Refused(string timestamp)
    {
        Assert.Equal(SlackSignature.Failures.BadTimestamp, Verify(timestamp, DocSignature));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Verify_NoSecretConfigured_Refused(string? secret)
    {
        Assert.Equal(SlackSignature.Failures.NoSecret, Verify(DocTimestamp, DocSignature, secret: secret));
    }
}
