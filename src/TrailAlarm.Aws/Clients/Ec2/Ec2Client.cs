using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Ec2;

public sealed record RegionInfo(string RegionName, string? Endpoint, string? OptInStatus)
{
    /// <summary>True unless the region is an opt-in region the account has not opted into.</summary>
    public bool IsEnabled => OptInStatus is null or "opt-in-not-required" or "opted-in";
}

public sealed record DescribeRegionsRequest
{
    /// <summary>Also list regions the account has not opted into (their OptInStatus says so).</summary>
    public bool? AllRegions { get; init; }
    public IReadOnlyList<string>? RegionNames { get; init; }
}

public sealed record DescribeRegionsResponse
{
    public IReadOnlyList<RegionInfo> Regions { get; init; } = [];
}

/// <summary>Amazon EC2, only for the account's regions (ec2 protocol: query in, item-list XML out).</summary>
public sealed class Ec2Client : AwsServiceClient
{
    internal Ec2Client(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<DescribeRegionsResponse> DescribeRegionsAsync(DescribeRegionsRequest? request = null, CancellationToken cancellationToken = default)
        => QueryAsync("DescribeRegions", request ?? new(), (r, q) => q.Add("AllRegions", r.AllRegions).AddList("RegionName", r.RegionNames),
            x => new DescribeRegionsResponse
            {
                Regions = x.Members("regionInfo")
                    .Select(i => new RegionInfo(i.Child("regionName") ?? string.Empty, i.Child("regionEndpoint"), i.Child("optInStatus")))
                    .ToList(),
            }, cancellationToken);

    /// <summary>The names of the regions this account can use (enabled by default or opted into), sorted.</summary>
    public async Task<IReadOnlyList<string>> EnabledRegionNamesAsync(CancellationToken cancellationToken = default)
    {
        var response = await DescribeRegionsAsync(new DescribeRegionsRequest { AllRegions = true }, cancellationToken).ConfigureAwait(false);
        return response.Regions.Where(r => r.IsEnabled).Select(r => r.RegionName).Order(StringComparer.Ordinal).ToList();
    }
}
