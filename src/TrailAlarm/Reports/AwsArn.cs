namespace TrailAlarm.Reports;

/// <summary>The parts of an ARN the reports need (partition, service, resource type).</summary>
internal static class AwsArn
{
    public static string Partition(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length > 5 && parts[0] == "arn" && parts[1].Length > 0 ? parts[1] : "aws";
    }

    /// <summary>The Security Hub resource type for the ARNs our findings name; "Other" for the rest.</summary>
    public static string SecurityHubType(string arn)
    {
        var parts = arn.Split(':');
        if (parts.Length < 6 || parts[0] != "arn")
        {
            return "Other";
        }

        return (parts[2], parts[5]) switch
        {
            ("cloudtrail", var r) when r.StartsWith("trail/", StringComparison.Ordinal) => "AwsCloudTrailTrail",
            ("cloudwatch", "alarm") => "AwsCloudWatchAlarm",
            ("sns", _) => "AwsSnsTopic",
            _ => "Other",
        };
    }
}
