using System.Globalization;

namespace TrailAlarm.Remediation.Export;

/// <summary>Names shared by the exporters: logical ids, and which changes a declarative template cannot express.</summary>
internal static class ExportNames
{
    /// <summary>aws_sns_topic.trailalarm_alarms → SnsTopicTrailalarmAlarms.</summary>
    public static string LogicalId(string address)
    {
        var words = address.Replace("aws_", "", StringComparison.Ordinal).Split(['_', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
    }

    public static string Label(string address) => address[(address.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>create, update or delete, as plan files spell them.</summary>
    public static string Action(Change change) => change.Action.ToString().ToLowerInvariant();

    public static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    public static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
