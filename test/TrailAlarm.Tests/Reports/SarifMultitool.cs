using System.Diagnostics;
using System.Text.Json;

namespace TrailAlarm.Tests.Reports;

/// <summary>
/// Microsoft's SARIF validator (@microsoft/sarif-multitool from npm, installed into .build by run-tests through
/// scripts/install-sarif-multitool), run with its SARIF rules and its GitHub code scanning rules.
/// </summary>
internal static class SarifMultitool
{
    private static string Executable()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrailAlarm.slnx")))
            {
                var tool = Path.Combine(dir.FullName, ".build", "sarif-multitool", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
                return File.Exists(tool) ? tool : throw new InvalidOperationException("sarif-multitool is not installed: run scripts/install-sarif-multitool (./run-tests does)");
            }
        }

        throw new InvalidOperationException("repository root (TrailAlarm.slnx) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Validates the file; returns each reported problem as "LEVEL RULE: message".</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string sarifFile)
    {
        var output = sarifFile + ".validation.sarif";
        var start = new ProcessStartInfo(Executable()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "validate", sarifFile, "--rule-kind", "Sarif;Gh", "--output", output, "--log", "ForceOverwrite", "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A safety stop for a hung tool, not a performance assertion.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(File.Exists(output), $"sarif-multitool wrote no log (exit {process.ExitCode}): {await stdout} {await stderr}");
        using var log = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var problems = new List<string>();
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.TryGetProperty("results", out var r) ? r.EnumerateArray() : default)
            {
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                var message = result.GetProperty("message");
                var text = message.TryGetProperty("text", out var t) ? t.GetString() : string.Join(", ", message.TryGetProperty("arguments", out var a) ? a.EnumerateArray().Select(x => x.GetString()) : []);
                problems.Add($"{level} {result.GetProperty("ruleId").GetString()}: {text}");
            }
        }

        return problems;
    }
}
