using TrailAlarm.Remediation;
using TrailAlarm.Testing.Iam;

namespace TrailAlarm.Tests.Remediation;

public class ApplyPolicyShapeTests
{
    private const string Account = "111122223333";

    // Actions AWS gives no resource type, or a resource ARN with an ID AWS assigns (ApplyPermissions' comment).
    private static readonly HashSet<string> OnAnyResource =
    [
        "sns:GetSubscriptionAttributes", "sns:Unsubscribe",
        "config:PutConfigurationRecorder", "config:PutDeliveryChannel", "config:StartConfigurationRecorder",
        "config:DeleteConfigurationRecorder", "config:DeleteDeliveryChannel", "config:StopConfigurationRecorder",
    ];

    private static readonly Dictionary<string, string> ToCloudTrail = new() { ["iam:PassedToService"] = "cloudtrail.amazonaws.com" };

    private static PolicyEvaluator Policy(PermissionScope scope) => new(Permissions.PolicyJson(Permissions.Apply, scope));

    private static Change Create(ResourceKind kind, params (string Name, string Value)[] after) => new()
    {
        Action = ChangeAction.Create, Address = kind.Id + "/" + after[0].Value, Kind = kind, Region = "eu-west-1",
        After = after.ToDictionary(a => a.Name, a => a.Value),
    };

    [Fact]
    public void Only_reads_and_actions_without_a_resource_type_are_allowed_on_every_resource()
    {
        var onStar = Permissions.For(Permissions.Apply).Where(s => s.Resources.Contains("*") && s.Sid != "TrailAlarmReadAccount").SelectMany(s => s.Actions);

        Assert.Equal(OnAnyResource.Order(StringComparer.Ordinal), onStar.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Deletes_reach_only_what_trailalarm_names_and_creates()
    {
        var policy = Policy(new PermissionScope { Account = Account, Partition = "aws", TopicNames = ["secops"], AlarmNames = ["root-use"] });

        Assert.True(policy.Allows("sns:DeleteTopic", $"arn:aws:sns:eu-west-1:{Account}:secops"));
        Assert.False(policy.Allows("sns:DeleteTopic", $"arn:aws:sns:eu-west-1:{Account}:payments"));
        Assert.False(policy.Allows("sns:DeleteTopic", "arn:aws:sns:eu-west-1:444455556666:secops"));
        Assert.True(policy.Allows("cloudwatch:DeleteAlarms", $"arn:aws:cloudwatch:eu-west-1:{Account}:alarm:root-use"));
        Assert.False(policy.Allows("cloudwatch:DeleteAlarms", $"arn:aws:cloudwatch:eu-west-1:{Account}:alarm:billing"));
        Assert.True(policy.Allows("logs:DeleteLogGroup", $"arn:aws:logs:eu-west-1:{Account}:log-group:trailalarm/cloudtrail/main:*"));
        Assert.False(policy.Allows("logs:DeleteLogGroup", $"arn:aws:logs:eu-west-1:{Account}:log-group:app:*"));
        Assert.False(policy.Allows("iam:DeleteRole", $"arn:aws:iam::{Account}:role/Admin"));
        Assert.True(policy.Allows("iam:DeleteRole", $"arn:aws:iam::{Account}:role/TrailAlarmCloudTrailLogs-main"));
    }

    [Fact]
    public void Roles_are_passed_only_to_their_service_and_only_trailalarms()
    {
        var policy = Policy(PermissionScope.Default);
        var deliveryRole = $"arn:aws:iam::{Account}:role/TrailAlarmCloudTrailLogs-main";
        var configRole = $"arn:aws:iam::{Account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

        Assert.True(policy.Allows("iam:PassRole", deliveryRole, ToCloudTrail));
        Assert.False(policy.Allows("iam:PassRole", deliveryRole, new Dictionary<string, string> { ["iam:PassedToService"] = "lambda.amazonaws.com" }));
        Assert.False(policy.Allows("iam:PassRole", deliveryRole));
        Assert.False(policy.Allows("iam:PassRole", $"arn:aws:iam::{Account}:role/Admin", ToCloudTrail));
        Assert.True(policy.Allows("iam:PassRole", configRole, new Dictionary<string, string> { ["iam:PassedToService"] = "config.amazonaws.com" }));
        Assert.False(policy.Allows("iam:PassRole", configRole, ToCloudTrail));
        Assert.False(policy.Allows("iam:CreateRole", $"arn:aws:iam::{Account}:role/Admin"));
        Assert.False(policy.Allows("iam:PutRolePolicy", $"arn:aws:iam::{Account}:role/Admin"));
    }

    [Fact]
    public void Account_and_partition_name_every_arn()
    {
        var arns = Permissions.For(Permissions.Apply, new PermissionScope { Account = Account, Partition = "aws-cn" })
            .SelectMany(s => s.Resources).Where(r => r != "*").ToList();

        Assert.NotEmpty(arns);
        Assert.All(arns, r => Assert.StartsWith("arn:aws-cn:", r, StringComparison.Ordinal));
        Assert.All(arns.Where(r => !r.StartsWith("arn:aws-cn:s3:", StringComparison.Ordinal)), r => Assert.Contains($":{Account}:", r, StringComparison.Ordinal));
    }

    [Fact]
    public void A_saved_plan_gives_exactly_its_names_and_no_rights_for_kinds_it_does_not_create()
    {
        var plan = new Plan
        {
            Account = Account,
            Changes =
            [
                Create(ResourceKinds.Alarm, (Attr.AlarmName, "root-use")),
                Create(ResourceKinds.DeliveryRole, (Attr.RoleName, "TrailAlarmCloudTrailLogs-org")),
            ],
        };

        var statements = Permissions.For(Permissions.Apply, PermissionScope.For(plan));
        var policy = new PolicyEvaluator(Permissions.PolicyJson(statements));

        Assert.Equal([$"arn:aws:cloudwatch:*:{Account}:alarm:root-use"], statements.Single(s => s.Actions.Contains("cloudwatch:DeleteAlarms")).Resources);
        Assert.True(policy.Allows("iam:PassRole", $"arn:aws:iam::{Account}:role/TrailAlarmCloudTrailLogs-org", ToCloudTrail));
        Assert.False(policy.Allows("iam:PassRole", $"arn:aws:iam::{Account}:role/TrailAlarmCloudTrailLogs-other", ToCloudTrail));
        var actions = statements.SelectMany(s => s.Actions).ToHashSet();
        Assert.DoesNotContain("sns:CreateTopic", actions);
        Assert.DoesNotContain("sns:DeleteTopic", actions);
        Assert.DoesNotContain("logs:DeleteLogGroup", actions);
        Assert.DoesNotContain("iam:CreateServiceLinkedRole", actions);
        Assert.DoesNotContain("iam:DeleteServiceLinkedRole", actions);
        Assert.DoesNotContain("s3:GetBucketPolicy", actions);
    }

    [Fact]
    public void Watched_calls_keep_their_published_resources_and_the_role_they_pass()
    {
        var statements = WatchedPermissions.For(["cloudtrail:UpdateTrail", "sns:DeleteTopic", "sts:GetCallerIdentity"], PermissionScope.Default);

        Assert.Equal(["*"], statements.Single(s => s.Actions.Contains("sts:GetCallerIdentity")).Resources);
        Assert.Equal(["arn:*:sns:*:*:trailalarm-alarms"], statements.Single(s => s.Actions.Contains("sns:DeleteTopic")).Resources);
        Assert.DoesNotContain("sns:CreateTopic", statements.SelectMany(s => s.Actions));
        var pass = Assert.Single(statements, s => s.Actions.Contains("iam:PassRole"));
        Assert.Equal(["arn:*:iam::*:role/TrailAlarmCloudTrailLogs-*"], pass.Resources);
    }

    [Fact]
    public void A_call_no_published_policy_lists_stands_out()
    {
        var statements = WatchedPermissions.For(["sns:Publish"], PermissionScope.Default);

        Assert.Equal(WatchedPermissions.UnlistedSid, Assert.Single(statements).Sid);
    }
}
