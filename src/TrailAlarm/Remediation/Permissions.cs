using System.Text.Json.Nodes;

namespace TrailAlarm.Remediation;

/// <summary>
/// One statement of a least-privilege policy: what it is for, the IAM actions, the resources they are allowed on
/// ('*' where the actions have no resource-level permissions or act on resources found at run time), and an
/// optional condition.
/// </summary>
public sealed record PermissionStatement(string Sid, IReadOnlyList<string> Actions, JsonObject? Condition = null)
{
    public IReadOnlyList<string> Resources { get; init; } = ["*"];
}

/// <summary>
/// The least-privilege IAM policies for the three uses of trailalarm. Every action here is a call the tool makes
/// (the permissions tests watch the calls of each path against moto_server and fail on one missing here, or one
/// made on a resource the policy does not name), except iam:PassRole, which AWS checks when a trail or recorder is
/// given a role. The 'apply' policy names the resources trailalarm creates (<see cref="PermissionScope"/>): only
/// those can be deleted, and the only roles it can create, change or pass are its own.
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
    public static IReadOnlyList<PermissionStatement> For(string use) => For(use, PermissionScope.Default);

    /// <summary>The statements of a use, the 'apply' ones written for <paramref name="scope"/>.</summary>
    /// <exception cref="ArgumentException">not one of <see cref="Uses"/>.</exception>
    public static IReadOnlyList<PermissionStatement> For(string use, PermissionScope scope) => use switch
    {
        Audit =>
        [
            new("TrailAlarmReadAccount", Sorted(Read)),
            new("TrailAlarmOtherAccountsWithAccountsOption", Sorted(Organization)),
        ],
        Apply => ApplyPermissions.Statements(Sorted(Read), scope),
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
    public static string PolicyJson(string use) => PolicyJson(For(use));

    /// <summary>The IAM policy document for a use, the 'apply' one written for <paramref name="scope"/>.</summary>
    public static string PolicyJson(string use, PermissionScope scope) => PolicyJson(For(use, scope));

    /// <summary>The IAM policy document of these statements.</summary>
    public static string PolicyJson(IEnumerable<PermissionStatement> statementList)
    {
        ArgumentNullException.ThrowIfNull(statementList);
        var statements = new JsonArray();
        foreach (var s in statementList)
        {
            var statement = new JsonObject
            {
                ["Sid"] = s.Sid,
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray([.. s.Actions.Select(a => JsonValue.Create(a))]),
                ["Resource"] = s.Resources.Count == 1 ? s.Resources[0] : new JsonArray([.. s.Resources.Select(r => JsonValue.Create(r))]),
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
        ("s3", "PutPublicAccessBlock") => "s3:PutBucketPublicAccessBlock",
        ("s3", "HeadObject") => "s3:GetObject",
        _ => signingName + ":" + operation,
    };

    internal static string[] Sorted(IEnumerable<string> actions) => [.. actions.Distinct().Order(StringComparer.Ordinal)];
}
