namespace TrailAlarm.Aws;

/// <summary>An AWS partition: its ARN name and DNS suffixes. Known from the caller's ARN (the truth) or, before
/// the caller is known, from the region name (botocore data/partitions.json regionRegex values).</summary>
public sealed record AwsPartition(string Name, string DnsSuffix, string DualStackDnsSuffix, string GlobalRegion)
{
    public static readonly AwsPartition Aws = new("aws", "amazonaws.com", "api.aws", "us-east-1");
    public static readonly AwsPartition China = new("aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", "cn-northwest-1");
    public static readonly AwsPartition GovCloud = new("aws-us-gov", "amazonaws.com", "api.aws", "us-gov-west-1");
    public static readonly AwsPartition Iso = new("aws-iso", "c2s.ic.gov", "c2s.ic.gov", "us-iso-east-1");
    public static readonly AwsPartition IsoB = new("aws-iso-b", "sc2s.sgov.gov", "sc2s.sgov.gov", "us-isob-east-1");
    public static readonly AwsPartition IsoE = new("aws-iso-e", "cloud.adc-e.uk", "cloud.adc-e.uk", "eu-isoe-west-1");
    public static readonly AwsPartition IsoF = new("aws-iso-f", "csp.hci.ic.gov", "csp.hci.ic.gov", "us-isof-south-1");
    public static readonly AwsPartition Eusc = new("aws-eusc", "amazonaws.eu", "amazonaws.eu", "eusc-de-east-1");

    public static readonly IReadOnlyList<AwsPartition> All = [Aws, China, GovCloud, Iso, IsoB, IsoE, IsoF, Eusc];

    private static readonly (string Prefix, AwsPartition Partition)[] RegionPrefixes =
    [
        ("cn-", China), ("us-gov-", GovCloud), ("us-iso-", Iso), ("us-isob-", IsoB), ("eu-isoe-", IsoE), ("us-isof-", IsoF), ("eusc-", Eusc),
    ];

    public static AwsPartition ForRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return RegionPrefixes.FirstOrDefault(p => region.StartsWith(p.Prefix, StringComparison.Ordinal)).Partition ?? Aws;
    }

    /// <summary>The partition an ARN names (arn:aws-iso-b:... gives aws-iso-b); null when it is not an ARN or the
    /// partition is not one of <see cref="All"/>.</summary>
    public static AwsPartition? ForArn(string? arn)
        => NameFromArn(arn) is { } name ? All.FirstOrDefault(p => p.Name == name) : null;

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
