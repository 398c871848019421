using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation;

/// <summary>One statement of a least-privilege policy: what it is for, the IAM actions, and an optional condition.</summary>
public sealed record PermissionStatement(string Sid, IReadOnlyList<string> Actions, JsonObject? Condition = null, string Resource = "*");

/// <summary>
/// The least-privilege IAM policies for the three uses of trailalarm. Every action here is a call the tool makes
/// (the permissions tests watch the calls of each path against moto_server and fail on one missing here), except
/// iam:PassRole, which AWS checks when a trail or recorder is given a role.
/// </summary>
public static class Permissions
{
    public const string Audit = "audit";
    public const string Apply = "apply";
    public const string Scan = "scan";

    public static readonly IReadOnlyList<string> Uses = [Audit, Apply, Scan];

    private static readonly string[] Read =
    [
        "sts:GetCallerIdentity", "ec2:DescribeRegions",
        "cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors",
        "logs:DescribeLogGroups", "logs:DescribeMetricFilters",
        "cloudwatch:DescribeAlarms",
        "sns:GetTopicAttributes", "sns:ListSubscriptionsByTopic",
        "kms:DescribeKey", "kms:GetKeyPolicy",
        "sqs:GetQueueUrl", "sqs:GetQueueAttributes", "lambda:GetPolicy",
        "config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus", "config:DescribeDeliveryChannels",
        "events:ListRules", "events:ListTargetsByRule",
    ];

    private static readonly string[] Organization = ["organizations:ListAccounts", "sts:AssumeRole"];

    private static readonly string[] Change =
    [
        "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:GetSubscriptionAttributes",
        "logs:PutMetricFilter", "logs:DeleteMetricFilter", "logs:CreateLogGroup", "logs:PutRetentionPolicy",
        "cloudwatch:PutMetricAlarm",
        "iam:GetRole", "iam:CreateRole", "iam:PutRolePolicy",
        "cloudtrail:UpdateTrail", "s3:GetBucketPolicy",
        "config:PutConfigurationRecorder", "config:PutDeliveryChannel", "config:StartConfigurationRecorder",
    ];

    private static readonly string[] Undo =
    [
        "sns:DeleteTopic", "sns:Unsubscribe", "cloudwatch:DeleteAlarms", "logs:DeleteLogGroup",
        "iam:DeleteRolePolicy", "iam:DeleteRole", "config:DeleteConfigurationRecorder", "config:DeleteDeliveryChannel", "config:StopConfigurationRecorder",
    ];

    private static readonly string[] ScanReads = ["logs:FilterLogEvents", "cloudtrail:LookupEvents", "s3:ListBucket", "s3:GetObject"];

    // scan athena:DB.TABLE: the query calls, the table's catalogue entry, and the result location Athena writes to
    // (Athena guide "Access to Amazon S3" for query results); query --create-table reads the trail, its regions and
    // organisation accounts, and with --run creates the table (glue:CreateTable).
    private static readonly string[] AthenaQueries =
    [
        "athena:StartQueryExecution", "athena:GetQueryExecution", "athena:GetQueryResults", "athena:StopQueryExecution",
        "glue:GetDatabase", "glue:GetTable", "glue:CreateTable",
        "cloudtrail:DescribeTrails", "ec2:DescribeRegions", "organizations:DescribeOrganization", "organizations:ListAccounts",
        "s3:GetBucketLocation", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts", "s3:ListBucketMultipartUploads",
    ];

    /// <exception cref="ArgumentException">not one of <see cref="Uses"/>.</exception>
    public static IReadOnlyList<PermissionStatement> For(string use) => use switch
    {
        Audit =>
        [
            new("TrailAlarmReadAccount", Sorted(Read)),
            new("TrailAlarmOtherAccountsWithAccountsOption", Sorted(Organization)),
        ],
        Apply =>
        [
            new("TrailAlarmReadAccount", Sorted(Read)),
            new("TrailAlarmApplyAndRollback", Sorted([.. Change, .. Undo])),
            new("TrailAlarmPassRolesToCloudTrailAndConfig", ["iam:PassRole"], new JsonObject
            {
                ["StringEquals"] = new JsonObject { ["iam:PassedToService"] = new JsonArray("cloudtrail.amazonaws.com", "config.amazonaws.com") },
            }),
            new("TrailAlarmCreateConfigServiceLinkedRole", ["iam:CreateServiceLinkedRole"], new JsonObject
            {
                ["StringEquals"] = new JsonObject { ["iam:AWSServiceName"] = "config.amazonaws.com" },
            }),
            new("TrailAlarmDeleteConfigServiceLinkedRole", ["iam:DeleteServiceLinkedRole"],
                Resource: "arn:*:iam::*:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"),
        ],
        Scan =>
        [
            new("TrailAlarmReadLogs", Sorted(ScanReads)),
            new("TrailAlarmQueryWithAthena", Sorted(AthenaQueries)),
            new("TrailAlarmDecryptKmsEncryptedTrailLogs", ["kms:Decrypt"], new JsonObject
            {
                ["StringLike"] = new JsonObject { ["kms:ViaService"] = "s3.*.amazonaws.com" },
            }),
        ],
        _ => throw new ArgumentException($"'{use}' is not a use of trailalarm; choose audit, apply or scan", nameof(use)),
    };

    /// <summary>Every action of a use, statement by statement.</summary>
    public static IReadOnlySet<string> Actions(string use) => For(use).SelectMany(s => s.Actions).ToHashSet(StringComparer.Ordinal);

    /// <summary>The IAM policy document for a use.</summary>
    public static string PolicyJson(string use)
    {
        var statements = new JsonArray();
        foreach (var s in For(use))
        {
            var statement = new JsonObject
            {
                ["Sid"] = s.Sid,
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray([.. s.Actions.Select(a => JsonValue.Create(a))]),
                ["Resource"] = s.Resource,
            };
            if (s.Condition is not null)
            {
                statement["Condition"] = s.Condition.DeepClone();
            }

            statements.Add((JsonNode)statement);
        }

        var policy = new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
        return policy.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The IAM action of an API call, from the service's signing name and the operation.</summary>
    public static string IamAction(string signingName, string operation) => (signingName, operation) switch
    {
        ("monitoring", _) => "cloudwatch:" + operation,
        ("s3", "ListObjectsV2") => "s3:ListBucket",
        ("s3", "HeadObject") => "s3:GetObject",
        _ => signingName + ":" + operation,
    };

    private static string[] Sorted(IEnumerable<string> actions) => [.. actions.Distinct().Order(StringComparer.Ordinal)];
}
