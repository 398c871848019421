using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Tests.Faults;

/// <summary>A refused connection or a name that does not resolve fails the call after one attempt, naming the
/// endpoint; throttling and a connection dropped once the request was sent are still retried.</summary>
public class UnreachableEndpointTests
{
    private const int Attempts = 3;

    [Theory]
    [InlineData("sts")]
    [InlineData("cloudtrail")]
    [InlineData("s3")]
    public async Task A_refused_connection_is_tried_once_and_names_the_endpoint(string service)
    {
        var closed = ClosedLoopbackPort();
        using var counter = new AttemptCounter(closed);
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(closed) with { MaxAttempts = Attempts });

        var error = await Assert.ThrowsAsync<AwsApiException>(() => CallAsync(session, service));

        Assert.Equal("ConnectionFailed", error.Code);
        Assert.Equal(AwsErrorKind.Unavailable, error.Kind);
        Assert.Equal(0, error.HttpStatus);
        Assert.Equal($"cannot connect to http://127.0.0.1:{closed.Port}: connection refused", error.AwsMessage);
        Assert.Equal(1, counter.Attempts);
    }

    [Theory]
    [InlineData("sts")]
    [InlineData("cloudtrail")]
    [InlineData("s3")]
    public async Task A_throttled_call_is_still_retried_up_to_the_attempt_budget(string service)
    {
        using var throttling = new CannedServer(Throttle);
        using var counter = new AttemptCounter(throttling.Endpoint);
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(throttling.Endpoint) with { MaxAttempts = Attempts });

        var error = await Assert.ThrowsAsync<AwsApiException>(() => CallAsync(session, service));

        Assert.Equal(AwsErrorKind.Throttled, error.Kind);
        Assert.Equal(Attempts, counter.Attempts);
        Assert.Equal(Attempts, throttling.Seen.Count);
    }

    // The SDK also resends at once, without counting it as a retry, when a connection ends before any answer (it
    // takes it for a stale keep-alive), so only "more than once" is a stable claim here.
    [Theory]
    [InlineData("sts")]
    [InlineData("cloudtrail")]
    [InlineData("s3")]
    public async Task A_connection_closed_without_an_answer_is_still_retried(string service)
    {
        using var silent = new CannedServer(_ => []);
        using var counter = new AttemptCounter(silent.Endpoint);
        using var session = await AwsSession.CreateAsync(CannedServer.SettingsFor(silent.Endpoint) with { MaxAttempts = Attempts });

        var error = await Assert.ThrowsAsync<AwsApiException>(() => CallAsync(session, service));

        Assert.Equal(AwsErrorKind.Unavailable, error.Kind);
        Assert.True(counter.Attempts > 1, $"{counter.Attempts} attempt(s)");
    }

    [Theory]
    [InlineData(SocketError.ConnectionRefused, true)]
    [InlineData(SocketError.HostNotFound, true)]
    [InlineData(SocketError.TryAgain, false)]
    [InlineData(SocketError.ConnectionReset, false)]
    [InlineData(SocketError.TimedOut, false)]
    public void Only_a_refused_connection_or_an_unknown_host_counts_as_unreachable(SocketError code, bool unreachable)
    {
        var failure = new HttpRequestException("send failed", new IOException("transport", new SocketException((int)code)));

        Assert.Equal(unreachable, UnreachableEndpointHandler.IsUnreachable(failure));
    }

    [Fact]
    public void A_service_answer_is_never_unreachable()
    {
        var answered = new AmazonServiceException("busy", new SocketException((int)SocketError.ConnectionRefused)) { StatusCode = HttpStatusCode.ServiceUnavailable };

        Assert.False(UnreachableEndpointHandler.IsUnreachable(answered));
    }

    /// <summary>Each protocol's own throttling answer: S3 says SlowDown with a 503, the others 400 Throttling.</summary>
    private static byte[] Throttle(HttpWire.Request request)
        => HttpWire.Operation(request) == "?"
            ? HttpWire.Response(503, "application/xml", "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")
            : HttpWire.ThrottleResponse(request);

    private static Task CallAsync(AwsSession session, string service) => service switch
    {
        "sts" => session.Sts().GetCallerIdentityAsync(),
        "cloudtrail" => session.CloudTrail().DescribeAllTrailsAsync(),
        "s3" => session.S3().ListObjectsV2Async("bucket"),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    /// <summary>A loopback port nothing listens on: bound to learn a free number, then released.</summary>
    private static Uri ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
