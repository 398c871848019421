namespace TrailAlarm.Aws;

/// <summary>An AWS partition: its ARN name and DNS suffixes. Derived from the region name.</summary>
public sealed record AwsPartition(string Name, string DnsSuffix, string DualStackDnsSuffix, string GlobalRegion)
{
    public static readonly AwsPartition Aws = new("aws", "amazonaws.com", "api.aws", "us-east-1");
    public static readonly AwsPartition China = new("aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", "cn-northwest-1");
    public static readonly AwsPartition GovCloud = new("aws-us-gov", "amazonaws.com", "api.aws", "us-gov-west-1");

    public static AwsPartition ForRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (region.StartsWith("cn-", StringComparison.Ordinal))
        {
            return China;
        }

        return region.StartsWith("us-gov-", StringComparison.Ordinal) ? GovCloud : Aws;
    }

    /// <summary>The ARN of a role: arn:{partition}:iam::{account}:role/{name}.</summary>
    public string RoleArn(string accountId, string roleName) => $"arn:{Name}:iam::{accountId}:role/{roleName}";

    /// <summary>The partition named in an ARN ("arn:aws-cn:..." gives aws-cn); null when it is not an ARN.</summary>
    public static string? NameFromArn(string? arn)
    {
        if (arn is null || !arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }

        var end = arn.IndexOf(':', 4);
        return end < 0 ? null : arn[4..end];
    }

    /// <summary>The region field of an ARN (arn:partition:service:REGION:account:...); null when absent.</summary>
    public static string? RegionFromArn(string? arn)
    {
        var parts = arn?.Split(':', 6);
        return parts is { Length: >= 5 } && parts[0] == "arn" && parts[3].Length > 0 ? parts[3] : null;
    }
}
