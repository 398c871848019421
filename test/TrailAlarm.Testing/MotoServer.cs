using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using TrailAlarm.Testing.AwsRules;

namespace TrailAlarm.Testing;

/// <summary>
/// A moto_server on a free loopback port, started once per test collection and killed by its PID on dispose.
/// Tests isolate themselves by account: each asks <see cref="NewAccountId"/> and sends it as x-moto-account-id.
/// </summary>
public sealed class MotoServer : IDisposable
{
    private static long nextAccount = 100_000_000_000 + (Environment.ProcessId % 1000) * 1_000_000L;
    private readonly Process process;

    public MotoServer()
    {
        EnsureMotoInstalled();
        Port = FreeLoopbackPort();
        Endpoint = new Uri($"http://127.0.0.1:{Port}");
        var start = new ProcessStartInfo("python3", $"-m moto.server -H 127.0.0.1 -p {Port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3 -m moto.server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilReady();
        Rules = new AwsRulesProxy(Endpoint);
    }

    public int Port { get; }

    /// <summary>The endpoint for every service, e.g. http://127.0.0.1:PORT.</summary>
    public Uri Endpoint { get; }

    public int ProcessId => process.Id;

    /// <summary>The AWS-rules proxy in front of this moto_server: AWS's documented behaviours that moto lacks
    /// (PutMetricFilter replaces by name, pending email subscriptions, IAM propagation, ...) and a record of calls.</summary>
    public AwsRulesProxy Rules { get; }

    /// <summary>Where tests that need AWS's rules point the SDK (moto behind <see cref="Rules"/>).</summary>
    public Uri RulesEndpoint => Rules.Endpoint;

    /// <summary>A fresh 12-digit account id nobody else in this run uses.</summary>
    public static string NewAccountId() => Interlocked.Increment(ref nextAccount).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Wipes every account and region (global; prefer a fresh account id).</summary>
    public void Reset()
    {
        using var http = new HttpClient();
        using var response = http.PostAsync(new Uri(Endpoint, "/moto-api/reset"), null).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        Rules?.Dispose();
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        process.Dispose();
    }

    private static void EnsureMotoInstalled()
    {
        var check = new ProcessStartInfo("python3", "-c \"import moto.server\"") { RedirectStandardError = true, UseShellExecute = false };
        try
        {
            using var p = Process.Start(check)!;
            p.WaitForExit();
            if (p.ExitCode == 0)
            {
                return;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // python3 missing: fall through to the message
        }

        throw new InvalidOperationException("moto is not installed: the integration tests need moto_server. Install it with: pip install 'moto[server]'");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilReady()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with code {process.ExitCode} before answering on port {Port}");
            }

            try
            {
                using var response = http.PostAsync(new Uri(Endpoint, "/moto-api/reset"), null).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            Thread.Sleep(50);
        }

        Dispose();
        throw new InvalidOperationException($"moto_server did not answer on port {Port} within 60 s");
    }
}
