using System.Text;

namespace TrailAlarm.Remediation.Export;

/// <summary>What a kind needs to render its aws CLI calls: the script so far and shell quoting.</summary>
public sealed class CliScript(StringBuilder sh)
{
    public void Line(string line = "") => sh.AppendLine(line);

    /// <summary>--region 'REGION' for the change.</summary>
    public static string Region(Change change) => "--region " + Q(change?.Region ?? "");

    /// <summary>A single-quoted shell word: nothing inside is expanded.</summary>
    public static string Q(string value) => "'" + (value ?? "").Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
