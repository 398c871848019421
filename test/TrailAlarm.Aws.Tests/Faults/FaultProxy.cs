using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TrailAlarm.Aws.Tests.Faults;

public enum Fault
{
    Forward,
    Throttle,
    Unavailable,
    Drop,
    Delay,
}

/// <summary>One request as the proxy saw it: the AWS operation (X-Amz-Target or Action) and what it did to it.</summary>
public sealed record ProxiedRequest(string Operation, Fault Fault);

/// <summary>A loopback HTTP proxy in front of moto that throttles, answers 503, drops connections or delays, as the
/// schedule says for each request. One request per connection (moto closes every connection anyway).</summary>
public sealed class FaultProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri upstream;
    private readonly Func<int, string, Fault> schedule;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<ProxiedRequest> seen = new();
    private int count;
    private int inFlight;
    private int maxInFlight;

    /// <param name="schedule">(request number from 0, operation) → what to do.</param>
    public FaultProxy(Uri upstream, Func<int, string, Fault> schedule)
    {
        this.upstream = upstream;
        this.schedule = schedule;
        listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        _ = AcceptLoopAsync();
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<ProxiedRequest> Seen => seen.ToList();

    public TimeSpan DelayBy { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>The most requests the proxy was handling at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = HandleAsync(client);
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using var _ = client;
        var entered = false;
        try
        {
            var stream = client.GetStream();
            var request = await HttpWire.ReadRequestAsync(stream, stop.Token);
            Enter();
            entered = true;
            var operation = HttpWire.Operation(request);
            var fault = schedule(Interlocked.Increment(ref count) - 1, operation);
            seen.Enqueue(new ProxiedRequest(operation, fault));
            byte[] response;
            switch (fault)
            {
                case Fault.Drop:
                    client.Client.LingerState = new LingerOption(true, 0); // reset, no response at all
                    return;
                case Fault.Throttle:
                    response = HttpWire.ThrottleResponse(request);
                    break;
                case Fault.Unavailable:
                    response = HttpWire.Response(503, "text/html", "<html><body>Service Unavailable</body></html>");
                    break;
                case Fault.Delay:
                    await Task.Delay(DelayBy, stop.Token);
                    response = await ForwardAsync(request.Raw);
                    break;
                default:
                    response = await ForwardAsync(request.Raw);
                    break;
            }

            // The request stops counting as in flight just before its answer can reach the client.
            entered = false;
            Interlocked.Decrement(ref inFlight);
            await stream.WriteAsync(response, stop.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the client went away or the proxy is stopping
        }
        finally
        {
            if (entered)
            {
                Interlocked.Decrement(ref inFlight);
            }
        }
    }

    private void Enter()
    {
        var now = Interlocked.Increment(ref inFlight);
        for (var seenMax = Volatile.Read(ref maxInFlight); now > seenMax; seenMax = Volatile.Read(ref maxInFlight))
        {
            Interlocked.CompareExchange(ref maxInFlight, now, seenMax);
        }
    }

    private async Task<byte[]> ForwardAsync(byte[] raw)
    {
        using var moto = new TcpClient();
        await moto.ConnectAsync(upstream.Host, upstream.Port, stop.Token);
        var toMoto = moto.GetStream();
        await toMoto.WriteAsync(raw, stop.Token);
        using var answer = new MemoryStream();
        await toMoto.CopyToAsync(answer, stop.Token); // moto answers with Connection: close
        return answer.ToArray();
    }
}

/// <summary>Just enough HTTP/1.1 to read one request and write canned responses.</summary>
public static class HttpWire
{
    public sealed record Request(byte[] Raw, string Headers, byte[] Body);

    public static async Task<Request> ReadRequestAsync(Stream stream, CancellationToken ct)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, ct) == 0)
            {
                throw new IOException("connection closed before the headers ended");
            }

            buffer.Add(one[0]);
        }

        var headers = Encoding.ASCII.GetString(buffer.ToArray());
        var length = HeaderValue(headers, "Content-Length") is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, ct);
        return new Request([.. buffer, .. body], headers, body);
    }

    public static string Operation(Request request)
    {
        if (HeaderValue(request.Headers, "X-Amz-Target") is { } target)
        {
            return target[(target.LastIndexOf('.') + 1)..];
        }

        var form = Encoding.UTF8.GetString(request.Body);
        var action = form.Split('&').FirstOrDefault(p => p.StartsWith("Action=", StringComparison.Ordinal));
        return action is null ? "?" : Uri.UnescapeDataString(action["Action=".Length..]);
    }

    public static byte[] ThrottleResponse(Request request)
        => HeaderValue(request.Headers, "X-Amz-Target") is not null
            ? Response(400, "application/x-amz-json-1.1", """{"__type":"ThrottlingException","message":"Rate exceeded"}""")
            : Response(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>x</RequestId></ErrorResponse>");

    public static byte[] Response(int status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} {(status == 503 ? "Service Unavailable" : "Error")}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. bytes];
    }

    public static string? HeaderValue(string headers, string name)
        => headers.Split("\r\n")
            .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(line => line[(name.Length + 1)..].Trim())
            .FirstOrDefault();

    private static bool EndsWithBlankLine(List<byte> b)
        => b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';
}
