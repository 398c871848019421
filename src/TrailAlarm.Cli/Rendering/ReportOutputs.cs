using TrailAlarm.Findings;
using TrailAlarm.Reports;

namespace TrailAlarm.Cli.Rendering;

/// <summary>
/// Where <c>audit --format</c> reports go: a single format to <c>--output FILE</c> or standard output; several
/// formats (or any with <c>--output-dir</c>) one file each in that folder, named by the format.
/// </summary>
internal static class ReportOutputs
{
    /// <summary>The formats audit prints itself; every other name must be a report format.</summary>
    public static readonly string[] ConsoleFormats = ["table", "json"];

    public static IEnumerable<string> AllNames => ConsoleFormats.Concat(ReportFormats.Default.Names);

    /// <summary>Checks the format names and destinations before any AWS call is made.</summary>
    public static void Validate(IReadOnlyList<string> formats, string? output, string? outputDir)
    {
        foreach (var name in formats)
        {
            if (!AllNames.Contains(name, StringComparer.Ordinal))
            {
                throw new UsageException($"unknown --format '{name}'; known: {string.Join(", ", AllNames)}");
            }
        }

        if (formats.Count > 1 && outputDir is null)
        {
            throw new UsageException("several --format values need --output-dir DIR (one file per format)");
        }

        if (output is not null && outputDir is not null)
        {
            throw new UsageException("use either --output FILE or --output-dir DIR, not both");
        }

        if (outputDir is not null && File.Exists(outputDir))
        {
            throw new UsageException($"--output-dir '{outputDir}' is a file, not a folder");
        }
    }

    /// <summary>The file a format is written to under --output-dir.</summary>
    public static string FileName(string format) =>
        ReportFormats.Default.Find(format)?.FileName ?? $"trailalarm-audit.{(format == "table" ? "txt" : format)}";

    /// <summary>Renders one report format (not table/json) and writes it where the options say.</summary>
    public static void WriteFileFormat(AuditReport report, string format, string? output, string? outputDir, TextWriter stdout)
    {
        var renderer = ReportFormats.Default.Find(format) ?? throw new UsageException($"--format '{format}' is not a report file format");
        Deliver(renderer.Render(report), format, output, outputDir, stdout);
    }

    /// <summary>Writes already-rendered text: to the folder, the file, or standard output.</summary>
    public static void Deliver(string text, string format, string? output, string? outputDir, TextWriter stdout)
    {
        var path = outputDir is not null ? Path.Combine(outputDir, FileName(format)) : output;
        if (path is null)
        {
            stdout.Write(text);
            return;
        }

        WriteFile(path, text);
    }

    /// <summary>Writes through a temporary file and a rename, so an interrupted run never leaves half a report.</summary>
    private static void WriteFile(string path, string text)
    {
        var temporary = path + ".tmp";
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write report '{path}': {e.Message}");
        }
    }
}
