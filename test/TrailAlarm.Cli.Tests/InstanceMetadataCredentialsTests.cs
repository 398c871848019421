using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using TrailAlarm.Aws;
using TrailAlarm.Testing;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// The standard chain's last link, instance metadata, with AWS_EC2_METADATA_SERVICE_ENDPOINT pointed at a loopback
/// stand-in: one that never answers (as outside AWS), and one that hands out credentials (as on EC2).
/// </summary>
[Collection(MotoCollection.Name)]
public class InstanceMetadataCredentialsTests(MotoServer moto)
{
    private static Dictionary<string, string?> NoKeysButMetadataAt(string endpoint) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = null,
        ["AWS_SECRET_ACCESS_KEY"] = null,
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_EC2_METADATA_DISABLED"] = null,
        ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = endpoint,
        ["AWS_REGION"] = "us-east-1",
    };

    [Fact]
    public void Without_credentials_a_silent_metadata_endpoint_is_given_up_quickly_with_the_usual_hint()
    {
        // Accepts connections and never answers: the SDK alone waits at least 15 s on such an endpoint.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<Socket>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptSocketAsync());
            }
        });

        var clock = Stopwatch.StartNew();
        var run = CliRunner.RunProcess(NoKeysButMetadataAt($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"), Environment.CurrentDirectory, "audit", "--regions", "us-east-1");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no AWS credentials found", run.Stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_metadata_endpoint_that_answers_provides_the_credentials()
    {
        var account = MotoServer.NewAccountId();
        var settings = new AwsSettings { EndpointUrl = moto.Endpoint, Region = "us-east-1", Credentials = new AwsKeys("AKIAIOSFODNN7EXAMPLE", "secret") };
        using var session = await AwsSession.CreateAsync(settings);
        var keys = (await session.Sts().AssumeRoleAsync($"arn:aws:iam::{account}:role/Instance", "imds")).Keys;
        using var metadata = new FakeInstanceMetadata(keys);

        var run = CliRunner.RunProcess(NoKeysButMetadataAt(metadata.Endpoint), Environment.CurrentDirectory, "audit", "--endpoint-url", moto.Endpoint.ToString(), "--regions", "us-east-1", "--format", "json");

        Assert.True(run.ExitCode == 1, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal(account, f.GetProperty("account").GetString()));
        Assert.True(metadata.CredentialRequests > 0);
    }

    /// <summary>IMDSv2 on loopback: a token, one role, that role's temporary keys.</summary>
    private sealed class FakeInstanceMetadata : IDisposable
    {
        private readonly HttpListener listener = new();
        private int credentialRequests;

        public FakeInstanceMetadata(AwsKeys keys)
        {
            var port = FreePort();
            Endpoint = $"http://127.0.0.1:{port}";
            listener.Prefixes.Add(Endpoint + "/");
            listener.Start();
            _ = Task.Run(() => ServeAsync(keys));
        }

        public string Endpoint { get; }

        public int CredentialRequests => Volatile.Read(ref credentialRequests);

        public void Dispose() => listener.Close();

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        private async Task ServeAsync(AwsKeys keys)
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath;
                var body = path switch
                {
                    "/latest/api/token" => "fake-token",
                    "/latest/meta-data/iam/security-credentials/" or "/latest/meta-data/iam/security-credentials" => "instance-role",
                    "/latest/meta-data/iam/security-credentials/instance-role" => Credentials(keys),
                    _ => null,
                };
                if (path.StartsWith("/latest/meta-data/iam/security-credentials/instance-role", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref credentialRequests);
                }

                context.Response.StatusCode = body is null ? 404 : 200;
                var bytes = Encoding.UTF8.GetBytes(body ?? "");
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        private static string Credentials(AwsKeys keys) => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["Code"] = "Success",
            ["Type"] = "AWS-HMAC",
            ["AccessKeyId"] = keys.AccessKeyId,
            ["SecretAccessKey"] = keys.SecretAccessKey,
            ["Token"] = keys.SessionToken ?? "",
            ["Expiration"] = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["LastUpdated"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
        });
    }
}
