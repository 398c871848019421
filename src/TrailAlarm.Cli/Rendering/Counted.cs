using System.Globalization;

namespace TrailAlarm.Cli.Rendering;

/// <summary>"1 file", "2 files": a count with its noun in the right number.</summary>
internal static class Counted
{
    public static string Of(long count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
