using System.Globalization;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace TrailAlarm.Aws.Protocol;

/// <summary>Builds service URLs from the region's partition (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc), with FIPS and dual-stack,
/// and the global hosts and signing regions of IAM and Organizations.</summary>
internal sealed class PartitionEndpointProvider(ServiceDef def) : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        var fips = Equals(parameters["UseFIPS"], true);
        var dualStack = Equals(parameters["UseDualStack"], true);
        var region = parameters["Region"] as string ?? throw new AmazonClientException("no region to call " + def.SigningName + " in");
        var partition = AwsPartition.ForRegion(region);
        var url = parameters["Endpoint"] as string is { Length: > 0 } custom ? custom : Url(partition, region, fips, dualStack);
        var signingRegion = def.Global ? GlobalSigningRegion(partition) : region;
        var attributes = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"authSchemes":[{"name":"sigv4","signingName":"{{def.SigningName}}","signingRegion":"{{signingRegion}}"}]}""");
        return new Endpoint(url, attributes, null);
    }

    internal string Url(AwsPartition partition, string region, bool fips, bool dualStack)
    {
        var suffix = dualStack ? partition.DualStackDnsSuffix : partition.DnsSuffix;
        if (def.Global)
        {
            return GlobalUrl(partition, fips);
        }

        // In aws-us-gov the plain host already is the FIPS endpoint.
        var label = fips && partition != AwsPartition.GovCloud ? def.EndpointPrefix + "-fips" : def.EndpointPrefix;
        return $"https://{label}.{region}.{suffix}";
    }

    private string GlobalUrl(AwsPartition partition, bool fips)
    {
        var fipsLabel = fips ? "-fips" : string.Empty;
        if (def.EndpointPrefix == "iam")
        {
            return partition.Name switch
            {
                "aws-cn" => "https://iam.cn-north-1.amazonaws.com.cn",
                "aws-us-gov" => "https://iam.us-gov.amazonaws.com",
                "aws" => $"https://iam{fipsLabel}.amazonaws.com",
                _ => $"https://iam.{partition.GlobalRegion}.{partition.DnsSuffix}", // the iso partitions and aws-eusc
            };
        }

        return $"https://{def.EndpointPrefix}{fipsLabel}.{GlobalSigningRegion(partition)}.{partition.DnsSuffix}";
    }

    private string GlobalSigningRegion(AwsPartition partition)
        => def.EndpointPrefix == "iam" && partition == AwsPartition.China ? "cn-north-1" : partition.GlobalRegion;
}
