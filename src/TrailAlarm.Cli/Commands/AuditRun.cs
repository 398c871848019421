using System.Reflection;
using TrailAlarm.Catalogue;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Cli.Commands;

/// <summary>The audit: snapshot(s) from AWS or a file → controls → report → exit code.</summary>
internal static class AuditRun
{
    private static readonly string[] Built = ["table", "json"];
    private static readonly string[] Later = ["csv", "ocsf", "asff", "sarif", "junit", "html"];

    public static int Execute(AuditRequest request, CliConsole console)
    {
        if (ChooseFormat(request, console) is not { } format)
        {
            return ExitCodes.Usage;
        }

        var controls = AuditControlSelection.Select(ControlCatalogue.Default, request.Controls, request.Framework);
        var started = TimeProvider.System.GetUtcNow();
        IReadOnlyList<AccountSnapshot> snapshots;
        if (request.FromSnapshot is { } path)
        {
            snapshots = Load(path);
        }
        else
        {
            var read = AuditAws.Read(request.Aws, console);
            if (read.Failure is { } failure)
            {
                console.Error(failure);
                return ExitCodes.Unknown;
            }

            snapshots = read.Snapshots;
        }

        if (request.SaveSnapshot is { } save)
        {
            Save(save, snapshots);
        }

        var findings = new ControlEvaluator(controls, ControlSamples.For).Evaluate(snapshots);
        var report = new AuditReport(ToolVersion(), started, TimeProvider.System.GetUtcNow(), findings);
        var text = format == "json" ? AuditJson.Write(report) + "\n" : null;
        WriteReport(request.Output, console, text, writer => AuditTable.Write(writer, report, request.Verbose, request.Framework));
        return ExitCode(report.Summary);
    }

    public static int ExitCode(Summary summary)
        => summary.Fail > 0 ? ExitCodes.Failed : summary.Unknown > 0 ? ExitCodes.Unknown : ExitCodes.Ok;

    private static string? ChooseFormat(AuditRequest request, CliConsole console)
    {
        var formats = request.Formats.Count == 0 ? ["table"] : request.Formats.Distinct().ToList();
        var unknown = formats.FirstOrDefault(f => !Built.Contains(f) && !Later.Contains(f));
        if (unknown is not null)
        {
            throw new UsageException($"--format: unknown format '{unknown}'; choose from {string.Join(", ", Built.Concat(Later))}");
        }

        var later = formats.FirstOrDefault(Later.Contains);
        if (later is not null || formats.Count > 1 || request.OutputDir is not null)
        {
            var what = later is not null ? $"audit --format {later}" : "audit with several formats / --output-dir";
            console.Error($"'{what}' is not built yet in this version of trailalarm; nothing was done.");
            return null;
        }

        return formats[0];
    }

    private static IReadOnlyList<AccountSnapshot> Load(string path)
    {
        try
        {
            return SnapshotFile.Load(path).Accounts;
        }
        catch (SnapshotFormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static void Save(string path, IReadOnlyList<AccountSnapshot> snapshots)
    {
        try
        {
            SnapshotFile.Save(path, new SnapshotDocument { Accounts = snapshots });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--save-snapshot: cannot write '{path}': {e.Message}");
        }
    }

    private static void WriteReport(string? path, CliConsole console, string? text, Action<TextWriter> table)
    {
        if (path is null)
        {
            if (text is null)
            {
                table(console.Out);
            }
            else
            {
                console.Out.Write(text);
            }

            return;
        }

        try
        {
            using (var file = new StreamWriter(path + ".tmp"))
            {
                if (text is null)
                {
                    table(file);
                }
                else
                {
                    file.Write(text);
                }
            }

            File.Move(path + ".tmp", path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--output: cannot write '{path}': {e.Message}");
        }
    }

    private static string ToolVersion()
        => typeof(AuditRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
