using System.Text.RegularExpressions;

namespace TrailAlarm.Remediation;

/// <summary>One change's after-attributes with the small checks the rules are made of; each returns a problem or null.</summary>
internal sealed class ChangeView(Change change, Plan plan)
{
    public Change Change => change;

    public Plan Plan => plan;

    public string this[string name] => change.After![name];

    public static string? Need(bool ok, string problem) => ok ? null : problem;

    public string? Is(string name, string expected) => Need(this[name] == expected, $"after.{name} is '{this[name]}'; plan writes '{expected}'");

    public string? Name(string name, Regex shape) => Need(shape.IsMatch(this[name]), $"after.{name} '{this[name]}' is not a valid name here");

    public string? Bool(string name) => Need(this[name] is "true" or "false", $"after.{name} '{this[name]}' is not true or false");

    public string Arn(string service, string resource) => $"arn:{plan.Partition}:{service}:{change.Region}:{plan.Account}:{resource}";

    public string RoleArn(string name) => $"arn:{plan.Partition}:iam::{plan.Account}:role/{name}";

    /// <summary>An SNS topic of the plan's account in the change's region.</summary>
    public string? TopicArn(string name)
    {
        var prefix = Arn("sns", "");
        return Need(this[name].StartsWith(prefix, StringComparison.Ordinal) && ChangeValueRules.TopicName().IsMatch(this[name][prefix.Length..]),
            $"after.{name} '{this[name]}' is not an SNS topic of account {plan.Account} in {change.Region}");
    }
}
