using System.Text.Json.Nodes;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>
/// The resource ARNs IAM authorises a call against, from its parameters (Service Authorization Reference: the
/// resource type of each action), "*" for the calls whose actions have no resource type or act on no one named
/// resource here; and the role a call hands to a service, which IAM checks as iam:PassRole.
/// </summary>
public static class CallResources
{
    /// <summary>Never throws (the proxy records every call): a parameter that is missing or not a string gives
    /// <see cref="Unnamed"/>, which no policy pattern but '*' matches.</summary>
    public static IReadOnlyList<string> Of(AwsCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return Named(call);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or System.Text.Json.JsonException or NullReferenceException)
        {
            return [Unnamed];
        }
    }

    public const string Unnamed = "(unnamed resource)";

    private static IReadOnlyList<string> Named(AwsCall call)
    {
        var (region, account) = (call.Region, call.Account);
        string? Json(string name) => call.IsJson ? call.Json[name]?.GetValue<string>() : null;
        string LogGroup(string name) => $"arn:aws:logs:{region}:{account}:log-group:{name}:*";
        string Alarm(string name) => $"arn:aws:cloudwatch:{region}:{account}:alarm:{name}";
        string Role(string name) => $"arn:aws:iam::{account}:role/{RolePath(name)}{name}";
        var resources = (call.Service, call.Operation) switch
        {
            ("sns", "CreateTopic") => [$"arn:aws:sns:{region}:{account}:{call.Param("Name")}"],
            ("sns", "DeleteTopic" or "SetTopicAttributes" or "Subscribe" or "GetTopicAttributes" or "ListSubscriptionsByTopic") => [call.Param("TopicArn")],
            ("logs", "CreateLogGroup" or "DeleteLogGroup" or "PutRetentionPolicy" or "PutMetricFilter" or "DeleteMetricFilter") => [LogGroup(Json("logGroupName")!)],
            ("monitoring", "PutMetricAlarm") => [Alarm(Json("AlarmName")!)],
            ("monitoring", "DeleteAlarms") => ((call.Json["AlarmNames"] as JsonArray) ?? []).Select(n => (string?)Alarm(n!.GetValue<string>())).ToList(),
            ("iam", "GetRole" or "CreateRole" or "PutRolePolicy" or "DeleteRolePolicy" or "DeleteRole" or "DeleteServiceLinkedRole") => [Role(call.Param("RoleName")!)],
            ("iam", "CreateServiceLinkedRole") => [Role(ServiceLinkedRoleNames.For(call.Param("AWSServiceName")!))],
            ("s3", "GetBucketPolicy" or "PutBucketPolicy" or "CreateBucket" or "DeleteBucket" or "PutPublicAccessBlock") => [$"arn:aws:s3:::{call.Target.Split('?')[0].Trim('/')}"],
            ("kms", "PutKeyPolicy") => [Json("KeyId")],
            ("cloudtrail", "UpdateTrail") => [Json("Name") is { } trail && trail.StartsWith("arn:", StringComparison.Ordinal) ? trail : $"arn:aws:cloudtrail:{region}:{account}:trail/{Json("Name")}"],
            _ => new List<string?> { "*" },
        };
        return [.. resources.Select(r => r ?? Unnamed)];
    }

    /// <summary>IAM authorises a role's calls against its ARN, path included: service-linked roles are under
    /// aws-service-role/SERVICE/.</summary>
    private static string RolePath(string name) => ServiceLinkedRoleNames.ServiceOf(name) is { } service ? $"aws-service-role/{service}/" : "";

    /// <summary>The condition keys a call's request sets that the policies test: iam:AWSServiceName of
    /// CreateServiceLinkedRole.</summary>
    public static IReadOnlyDictionary<string, string> ConditionKeys(AwsCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return (call.Service, call.Operation) == ("iam", "CreateServiceLinkedRole") && call.Param("AWSServiceName") is { } service
            ? new Dictionary<string, string> { ["iam:AWSServiceName"] = service }
            : new Dictionary<string, string>();
    }

    /// <summary>(role ARN, service principal) when the call gives a role to a service.</summary>
    public static (string Role, string Service)? PassedRole(AwsCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return Passed(call);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static (string Role, string Service)? Passed(AwsCall call)
    {
        return (call.Service, call.Operation) switch
        {
            ("cloudtrail", "UpdateTrail" or "CreateTrail") when call.Json["CloudWatchLogsRoleArn"]?.GetValue<string>() is { Length: > 0 } role => (role, "cloudtrail.amazonaws.com"),
            ("config", "PutConfigurationRecorder") when call.Json["ConfigurationRecorder"]?["roleARN"]?.GetValue<string>() is { Length: > 0 } role => (role, "config.amazonaws.com"),
            _ => null,
        };
    }
}
