using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace TrailAlarm.Aws.Tests.Faults;

/// <summary>A loopback HTTP server answering each request with whatever the test says, for branches moto cannot
/// produce (services that paginate where moto does not, odd error bodies). Records the requests it saw.</summary>
public sealed class CannedServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<HttpWire.Request, byte[]> answer;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<HttpWire.Request> seen = new();

    public CannedServer(Func<HttpWire.Request, byte[]> answer)
    {
        this.answer = answer;
        listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        _ = LoopAsync();
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<HttpWire.Request> Seen => seen.ToList();

    public static AwsSettings SettingsFor(Uri endpoint, string region = "us-east-1") => new()
    {
        EndpointUrl = endpoint,
        Region = region,
        Credentials = MotoAws.TestKeys,
        MaxAttempts = 2,
    };

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                var stream = client.GetStream();
                var request = await HttpWire.ReadRequestAsync(stream, stop.Token);
                seen.Enqueue(request);
                await stream.WriteAsync(answer(request), stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException or IOException)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}
