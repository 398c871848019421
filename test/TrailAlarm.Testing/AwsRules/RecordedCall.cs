namespace TrailAlarm.Testing.AwsRules;

/// <summary>A call the proxy answered: signing name (monitoring is CloudWatch), operation, region and HTTP status.</summary>
public sealed record RecordedCall(string Service, string Operation, string Region, int Status)
{
    /// <summary>The IAM action prefix of the signing name.</summary>
    public string IamPrefix => Service switch
    {
        "monitoring" => "cloudwatch",
        _ => Service,
    };
}
