using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TrailAlarm.Cli.Tests;

public class WatchCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("trailalarm-watch-").FullName;

    private static string Event(string name, string time, string id) =>
        $$"""{"eventTime":"{{time}}","eventSource":"cloudtrail.amazonaws.com","eventName":"{{name}}","eventID":"{{id}}"}""";

    private void Drop(string name, params string[] lines) => File.WriteAllText(Path.Combine(dir, name), string.Join("\n", lines) + "\n");

    private CliRun Once(params string[] extra) => CliRunner.Run(["watch", dir, "--once", "--controls", "cloudtrail-changes-monitored", .. extra]);

    private static List<JsonElement> Notifications(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Each_alarm_period_is_notified_once_even_across_restarts()
    {
        Drop("1.jsonl", Event("StopLogging", "2024-05-01T10:01:00Z", "a"), Event("DeleteTrail", "2024-05-01T10:03:00Z", "b"), Event("GetObject", "2024-05-01T10:03:00Z", "c"));
        var first = Once();
        Assert.Equal(0, first.ExitCode);
        var sent = Assert.Single(Notifications(first.Stdout));
        Assert.Equal("cloudtrail-changes-monitored", sent.GetProperty("controlId").GetString());
        Assert.Equal("2024-05-01T10:00:00Z", sent.GetProperty("periodStart").GetString());
        Assert.Equal(2, sent.GetProperty("value").GetDouble());
        Assert.Equal(["a", "b"], sent.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("eventId").GetString()));

        Assert.Empty(Once().Stdout);

        Drop("2.jsonl", Event("StartLogging", "2024-05-01T10:04:00Z", "d"), Event("CreateTrail", "2024-05-01T11:00:00Z", "e"));
        var third = Notifications(Once().Stdout);
        Assert.Equal(["2024-05-01T11:00:00Z"], third.Select(n => n.GetProperty("periodStart").GetString()));
    }

    [Fact]
    public void Periods_years_apart_are_each_notified_before_old_matches_are_forgotten()
    {
        Drop("1.jsonl", Event("StopLogging", "2019-01-01T00:01:00Z", "old"), Event("CreateTrail", "2024-05-01T10:01:00Z", "new"));
        var sent = Notifications(Once().Stdout);
        Assert.Equal(["2019-01-01T00:00:00Z", "2024-05-01T10:00:00Z"], sent.Select(n => n.GetProperty("periodStart").GetString()));
        Assert.Empty(Once().Stdout);
    }

    [Fact]
    public void Events_of_one_period_split_across_files_alarm_once()
    {
        Drop("a.jsonl", Event("StopLogging", "2024-05-01T10:01:00Z", "a"));
        Drop("b.jsonl", Event("StopLogging", "2024-05-01T10:02:00Z", "b"));
        var sent = Assert.Single(Notifications(Once().Stdout));
        Assert.Equal(2, sent.GetProperty("value").GetDouble());
    }

    [Fact]
    public void A_webhook_receives_each_alarm_period_once_and_a_failed_delivery_is_retried()
    {
        using var receiver = new WebhookReceiver();
        Drop("1.jsonl", Event("StopLogging", "2024-05-01T10:01:00Z", "a"));
        receiver.Status = HttpStatusCode.InternalServerError;
        var failed = Once("--notify", $"webhook:{receiver.Url}");
        Assert.Contains("could not notify", failed.Stderr);
        Assert.Equal(3, failed.ExitCode);
        Assert.Single(receiver.Bodies);

        receiver.Status = HttpStatusCode.OK;
        Assert.Equal(0, Once("--notify", $"webhook:{receiver.Url}").ExitCode);
        Assert.Equal(0, Once("--notify", $"webhook:{receiver.Url}").ExitCode);
        Assert.Equal(2, receiver.Bodies.Count);
        using var body = JsonDocument.Parse(receiver.Bodies[^1]);
        Assert.Equal("ALARM", body.RootElement.GetProperty("alarm").GetString());
        Assert.Equal("a", body.RootElement.GetProperty("events")[0].GetProperty("eventId").GetString());
    }

    [Fact]
    public void Webhook_user_info_is_sent_as_basic_auth_and_no_message_shows_it_or_the_query()
    {
        using var receiver = new WebhookReceiver { Status = HttpStatusCode.Forbidden };
        Drop("1.jsonl", Event("StopLogging", "2024-05-01T10:01:00Z", "a"));
        var url = receiver.Url.Replace("http://", "http://alice:s3cr%40t@", StringComparison.Ordinal) + "?token=abc123";
        var run = Once("--notify", $"webhook:{url}");

        Assert.Equal(3, run.ExitCode);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:s3cr@t")), request.Authorization);
        Assert.Equal("?token=abc123", request.Query);
        Assert.Contains("403", run.Stderr);
        Assert.Contains("REDACTED", run.Stderr);
        foreach (var secret in new[] { "alice", "s3cr", "abc123" })
        {
            Assert.DoesNotContain(secret, run.Stderr + run.Stdout);
        }
    }

    [Fact]
    public void An_unreachable_webhook_makes_once_exit_3_without_showing_credentials()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Drop("1.jsonl", Event("StopLogging", "2024-05-01T10:01:00Z", "a"));
        var run = Once("--notify", $"webhook:http://bob:hunter2@127.0.0.1:{port}/x?key=k9");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("could not be reached", run.Stderr);
        Assert.DoesNotContain("hunter2", run.Stderr);
        Assert.DoesNotContain("k9", run.Stderr);
    }

    [Theory]
    [InlineData("http://10.255.255.1/hook", true)]
    [InlineData("https://10.255.255.1/hook", false)]
    [InlineData("http://127.0.0.1:9/hook", false)]
    [InlineData("http://localhost:9/hook", false)]
    public void Plain_http_to_another_host_is_warned_about(string url, bool warned)
    {
        var run = Once("--notify", $"webhook:{url}");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(warned, run.Stderr.Contains("warning: webhook", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_webhook_url_is_shown_without_its_credentials()
    {
        var run = Once("--notify", "webhook:ftp://carol:pw77@host/x?sig=zz");
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("pw77", run.Stderr);
        Assert.DoesNotContain("zz", run.Stderr);
    }

    [Fact]
    public void The_cursor_file_is_not_read_as_a_log()
    {
        Drop("1.jsonl", Event("StopLogging", "2024-05-01T10:01:00Z", "a"));
        Once();
        Assert.True(File.Exists(Path.Combine(dir, ".trailalarm-watch.json")));
        var again = Once();
        Assert.Equal("", again.Stderr);
        Assert.Empty(again.Stdout);
    }

    [Theory]
    [InlineData("--notify", "sns:not-an-arn", "topic ARN")]
    [InlineData("--notify", "webhook:ftp://x", "http(s) URL")]
    [InlineData("--notify", "pager", "not one of")]
    public void Bad_or_unbuilt_notify_targets_are_usage_errors(string option, string value, string message)
    {
        var run = Once(option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void A_log_group_source_needs_a_name()
    {
        var run = CliRunner.Run("watch", "cwlogs:", "--once");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs a log group name", run.Stderr);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>An HTTP listener on a free loopback port that records every request body.</summary>
    private sealed class WebhookReceiver : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly Task loop;

        public WebhookReceiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/hook/";
            listener.Prefixes.Add(Url);
            listener.Start();
            loop = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public List<string> Bodies { get; } = [];

        public List<(string? Authorization, string? Query)> Requests { get; } = [];

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
        }

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception) when (!listener.IsListening)
                {
                    return;
                }
                catch (HttpListenerException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (Bodies)
                {
                    Bodies.Add(body);
                    Requests.Add((context.Request.Headers["Authorization"], context.Request.Url?.Query));
                }

                context.Response.StatusCode = (int)Status;
                context.Response.Close();
            }
        }
    }
}
