using System.Reflection;
using TrailAlarm.Catalogue;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Frameworks;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Cli.Commands;

/// <summary>The audit: snapshot(s) from AWS or a file → controls → report → exit code.</summary>
internal static class AuditRun
{
    public static int Execute(AuditRequest request, CliConsole console)
    {
        var formats = ChooseFormats(request);
        var accepted = Accepted(request.Accept);
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

        var findings = new ControlEvaluator(controls, ControlSamples.For, accepted).Evaluate(snapshots);
        var report = new AuditReport(ToolVersion(), started, TimeProvider.System.GetUtcNow(), findings);
        foreach (var format in formats)
        {
            WriteFormat(format, report, request, console);
        }

        return ExitCode(report.Summary);
    }

    public static int ExitCode(Summary summary)
        => summary.Fail > 0 ? ExitCodes.Failed : summary.Unknown > 0 ? ExitCodes.Unknown : ExitCodes.Ok;

    private static List<string> ChooseFormats(AuditRequest request)
    {
        var formats = request.Formats.Count == 0 ? ["table"] : request.Formats.Distinct(StringComparer.Ordinal).ToList();
        ReportOutputs.Validate(formats, request.Output, request.OutputDir);
        return formats;
    }

    /// <summary>table and json as before; the report formats (csv, ocsf, asff, sarif, junit, html) through ReportOutputs.</summary>
    private static void WriteFormat(string format, AuditReport report, AuditRequest request, CliConsole console)
    {
        if (ReportOutputs.ConsoleFormats.Contains(format))
        {
            var text = format == "json" ? AuditJson.Write(report) + "\n" : null;
            if (request.OutputDir is null)
            {
                WriteReport(request.Output, console, text, writer => AuditTable.Write(writer, report, request.Verbose, request.Framework));
                return;
            }

            using var table = new StringWriter();
            if (text is null)
            {
                AuditTable.Write(table, report, request.Verbose, request.Framework);
            }

            ReportOutputs.Deliver(text ?? table.ToString(), format, null, request.OutputDir, console.Out);
        }
        else
        {
            // A framework's report carries only that framework's controls, in its order, labelled with its items.
            var view = request.Framework is { } id && FrameworkCatalogue.Default.Find(id) is { } framework ? FrameworkView.Apply(report, framework) : report;
            ReportOutputs.WriteFileFormat(view, format, request.Output, request.OutputDir, console.Out);
        }

        if (request.OutputDir is not null)
        {
            console.Out.WriteLine($"wrote {Path.Combine(request.OutputDir, ReportOutputs.FileName(format))}");
        }
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

    private static AcceptedVariants Accepted(IReadOnlyList<string> names)
    {
        var unknown = names.FirstOrDefault(n => !AcceptedVariants.Names.Contains(n));
        return unknown is null
            ? AcceptedVariants.Parse(names)
            : throw new UsageException($"--accept: '{unknown}' is not a documented variant{Suggestions.DidYouMean(unknown, AcceptedVariants.Names)} (known: {string.Join(", ", AcceptedVariants.Names)})");
    }
}
