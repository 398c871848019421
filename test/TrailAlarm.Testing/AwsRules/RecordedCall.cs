namespace TrailAlarm.Testing.AwsRules;

/// <summary>A call the proxy answered: signing name (monitoring is CloudWatch), operation, region and HTTP status;
/// the resources IAM authorises it against and the role it passes (<see cref="CallResources"/>).</summary>
public sealed record RecordedCall(string Service, string Operation, string Region, int Status)
{
    public IReadOnlyList<string> Resources { get; init; } = ["*"];

    public (string Role, string Service)? PassedRole { get; init; }

    /// <summary>The request's condition keys (<see cref="CallResources.ConditionKeys"/>).</summary>
    public IReadOnlyDictionary<string, string> ConditionKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>The IAM action prefix of the signing name.</summary>
    public string IamPrefix => Service switch
    {
        "monitoring" => "cloudwatch",
        _ => Service,
    };
}
