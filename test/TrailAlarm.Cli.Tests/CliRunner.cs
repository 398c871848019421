using System.Diagnostics;
using TrailAlarm.Aws;

namespace TrailAlarm.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built CLI as a separate process with the given keys in its environment (no profile).</summary>
    public static CliRun RunProcess(AwsKeys keys, string workDir, params string[] args) => RunProcess(
        new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = keys.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = keys.SecretAccessKey,
            ["AWS_SESSION_TOKEN"] = keys.SessionToken ?? "",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_PROFILE"] = null,
        },
        workDir,
        args);

    /// <summary>Runs the built CLI as a separate process; <paramref name="environment"/> sets (or, with null, removes) variables.</summary>
    public static CliRun RunProcess(IReadOnlyDictionary<string, string?> environment, string workDir, params string[] args)
        => RunProcess(environment, workDir, null, args);

    /// <summary>Runs the built CLI as a separate process with <paramref name="input"/> on its standard input.</summary>
    public static CliRun RunProcessWithInput(string input, params string[] args)
        => RunProcess(new Dictionary<string, string?>(), Directory.GetCurrentDirectory(), input, args);

    private static CliRun RunProcess(IReadOnlyDictionary<string, string?> environment, string workDir, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false, WorkingDirectory = workDir };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "trailalarm.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

internal sealed record CliRun(int ExitCode, string Stdout, string Stderr);
