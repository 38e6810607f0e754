using System.Net;
using System.Net.Http;
using ChatOpsAdvisor.BotFramework.Connector;
using Polly.Timeout;

namespace ChatOpsAdvisor.Tests.Reliability;

/// <summary>The fault policy as a table: a failed connector attempt is tried again only when that cannot duplicate a card.</summary>
public sealed class ConnectorFaultPolicyTests
{
    [Theory]
    [InlineData("POST", 429, true)]
    [InlineData("POST", 412, true)]
    [InlineData("POST", 502, true)]
    [InlineData("POST", 503, true)]
    [InlineData("POST", 504, true)]
    [InlineData("PUT", 503, true)]
    [InlineData("DELETE", 429, true)]
    [InlineData("POST", 500, false)]
    [InlineData("PUT", 500, true)]
    [InlineData("DELETE", 500, true)]
    [InlineData("POST", 400, false)]
    [InlineData("PUT", 403, false)]
    [InlineData("PUT", 404, false)]
    [InlineData("POST", 201, false)]
    public void IsRetried_ByStatusAndMethod(string method, int status, bool retried) =>
        Assert.Equal(retried, ConnectorRetry.IsRetried(new HttpMethod(method), (HttpStatusCode)status, exception: null));

    [Theory]
    [InlineData("POST", false)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    public void IsRetried_AttemptTimedOut_OnlyWhenIdempotent(string method, bool retried) =>
        Assert.Equal(retried, ConnectorRetry.IsRetried(new HttpMethod(method), status: null, new TimeoutRejectedException()));

    [Theory]
    [InlineData("POST", HttpRequestError.ResponseEnded, false)]
    [InlineData("PUT", HttpRequestError.ResponseEnded, true)]
    [InlineData("POST", HttpRequestError.ConnectionError, true)]
    public void IsRetried_NetworkError_OnlyWhenNothingWasSentOrIdempotent(string method, HttpRequestError error, bool retried) =>
        Assert.Equal(retried, ConnectorRetry.IsRetried(new HttpMethod(method), status: null, new HttpRequestException(error)));

    [Fact]
    public void IsRetried_TheTurnsOwnDeadline_IsNeverRetried() =>
        Assert.False(ConnectorRetry.IsRetried(HttpMethod.Put, status: null, new OperationCanceledException()));
}
