namespace TrailAlarm.Remediation;

/// <summary>The ARN patterns of the resources an 'apply' policy names, in the scope's partition and account, any region.</summary>
internal sealed class ScopedArns(PermissionScope scope)
{
    public string Topic(string name) => $"arn:{scope.Partition}:sns:*:{scope.Account}:{name}";

    public string Alarm(string name) => $"arn:{scope.Partition}:cloudwatch:*:{scope.Account}:alarm:{name}";

    /// <summary>The group's ARN, and the one with ':*' AWS checks for some log-group actions (a trailing '*' covers both).</summary>
    public IEnumerable<string> LogGroup(string name)
    {
        var group = $"arn:{scope.Partition}:logs:*:{scope.Account}:log-group:{name}";
        return name.EndsWith('*') ? [group] : [group, group + ":*"];
    }

    public string Trail(string name) => $"arn:{scope.Partition}:cloudtrail:*:{scope.Account}:trail/{name}";

    public string Role(string name) => $"arn:{scope.Partition}:iam::{scope.Account}:role/{name}";

    public string Key(string id) => $"arn:{scope.Partition}:kms:*:{scope.Account}:key/{id}";

    /// <summary>Buckets' ARNs name neither region nor account.</summary>
    public string Bucket(string name) => $"arn:{scope.Partition}:s3:::{name}";
}
