using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace TrailAlarm.Aws;

/// <summary>Finds the home region the way the aws CLI does: explicit setting, AWS_REGION, AWS_DEFAULT_REGION (which
/// the SDK alone ignores), the profile's region, then us-east-1.</summary>
public static partial class RegionResolver
{
    public const string Fallback = "us-east-1";

    public static (string Region, string Source) Resolve(AwsSettings settings, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(settings.Region))
        {
            return (Validate(settings.Region, "--region"), "--region");
        }

        foreach (var variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
        {
            if (environment(variable) is { Length: > 0 } fromEnv)
            {
                return (Validate(fromEnv, variable), variable);
            }
        }

        if (ProfileRegion(settings.Profile ?? environment("AWS_PROFILE") ?? "default") is { } fromProfile)
        {
            return (Validate(fromProfile, "profile"), "profile");
        }

        return (Fallback, "default");
    }

    /// <summary>True for names shaped like a region (us-east-1, cn-northwest-1, us-gov-west-1, eu-central-2).</summary>
    public static bool IsRegionName(string text) => RegionShape().IsMatch(text);

    /// <summary>Returns the region, or throws naming the source when it is not a region name.</summary>
    public static string Validate(string region, string source)
    {
        ArgumentNullException.ThrowIfNull(region);
        var trimmed = region.Trim();
        return IsRegionName(trimmed) ? trimmed : throw new ArgumentException($"{source}: '{region}' is not a region name (like us-east-1)", nameof(region));
    }

    private static string? ProfileRegion(string profile)
    {
        try
        {
            return new CredentialProfileStoreChain().TryGetProfile(profile, out var found) ? found.Region?.SystemName : null;
        }
        catch (AmazonClientException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionShape();
}
