using TrailAlarm.Aws.Apply;
using TrailAlarm.Remediation;
using TrailAlarm.Testing;
using TrailAlarm.Testing.AwsRules;
using TrailAlarm.Testing.Iam;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// The 'apply' policy written for a saved plan (permissions apply --plan) allows each call plan, apply and rollback
/// make, on the resource the call names, and grants no write the run did not make: the AWS-rules proxy records every
/// call with the resources IAM would authorise it against, and the test evaluates them as IAM does.
/// </summary>
[Collection(MotoCollection.Name)]
public class ApplyPolicyResourceTests(MotoServer moto)
{
    private const string ReadSid = "TrailAlarmReadAccount";

    [Fact]
    public async Task Policy_for_the_plan_allows_exactly_the_calls_of_plan_apply_and_rollback()
    {
        string account;
        using (var seeding = await MotoAws.NewAccountAsync(moto, out var seeded))
        {
            await AuditAccountSeeder.SeedAsync(seeding, seeded, new AuditScenario { CloudWatchLogs = false, Config = "missing", Subscriber = false });
            account = seeded;
        }

        Plan plan;
        using (var session = await MotoAws.BehindRulesAsync(moto, account))
        {
            plan = await ApplyScenarioTests.PlanAsync(session, account);
            var journal = Path.Combine(Path.GetTempPath(), $"policy-resources-{account}.json");
            await new Applier(session, new CallGate(), TimeProvider.System).ApplyAsync(plan, journal);
            await new RollbackRunner(session, new CallGate(), TimeProvider.System).RollbackAsync(journal);
            File.Delete(journal);
        }

        var statements = Permissions.For(Permissions.Apply, PermissionScope.For(plan));
        var policy = new PolicyEvaluator(Permissions.PolicyJson(statements));
        var calls = moto.Rules.Calls(account);
        Assert.Contains(calls, c => c.Operation == "DeleteTopic");
        Assert.Contains(calls, c => c.Operation == "CreateServiceLinkedRole");

        var denied = Denied(policy, calls).ToList();
        Assert.True(denied.Count == 0, "denied: " + string.Join("; ", denied));

        var unused = statements.Where(s => s.Sid != ReadSid)
            .SelectMany(s => s.Actions.Select(a => (s.Sid, Action: a)))
            .Where(g => !Used(g.Action, calls))
            .Select(g => $"{g.Sid} {g.Action}").ToList();
        Assert.True(unused.Count == 0, "granted but never called: " + string.Join(", ", unused));

        // Each resource (pattern) a statement names is one a call of its actions touched; a log group is also named
        // without ':*', which AWS checks for some actions and the proxy does not record.
        var untouched = statements.SelectMany(s => s.Resources.Select(r => (s, Resource: r)))
            .Where(g => !g.s.Actions.Any(a => Touched(a, g.Resource, calls)) && !(g.Resource.Contains(":log-group:", StringComparison.Ordinal) && g.s.Resources.Contains(g.Resource + ":*")))
            .Select(g => $"{g.s.Sid} {g.Resource}").ToList();
        Assert.True(untouched.Count == 0, "named but never touched: " + string.Join(", ", untouched));
    }

    [Fact]
    public async Task A_delete_outside_the_plan_is_denied()
    {
        string account;
        using (var seeding = await MotoAws.NewAccountAsync(moto, out var seeded))
        {
            await AuditAccountSeeder.SeedAsync(seeding, seeded, new AuditScenario { Subscriber = false });
            account = seeded;
        }

        using var session = await MotoAws.BehindRulesAsync(moto, account);
        var plan = await ApplyScenarioTests.PlanAsync(session, account);
        var policy = new PolicyEvaluator(Permissions.PolicyJson(Permissions.Apply, PermissionScope.For(plan)));

        Assert.False(policy.Allows("sns:DeleteTopic", $"arn:aws:sns:us-east-1:{account}:someone-elses-topic"));
        Assert.False(policy.Allows("logs:DeleteLogGroup", $"arn:aws:logs:us-east-1:{account}:log-group:app-logs:*"));
        Assert.False(policy.Allows("iam:DeleteRole", $"arn:aws:iam::{account}:role/Admin"));
        Assert.False(policy.Allows("iam:PassRole", $"arn:aws:iam::{account}:role/Admin", new Dictionary<string, string> { ["iam:PassedToService"] = "cloudtrail.amazonaws.com" }));
        Assert.False(policy.Allows("sns:SetTopicAttributes", "arn:aws:sns:us-east-1:999999999999:their-topic"));
    }

    private static IEnumerable<string> Denied(PolicyEvaluator policy, IReadOnlyList<RecordedCall> calls)
    {
        foreach (var call in calls)
        {
            var action = Permissions.IamAction(call.Service, call.Operation);
            foreach (var resource in call.Resources.Where(r => !policy.Allows(action, r, call.ConditionKeys)))
            {
                yield return $"{action} on {resource}";
            }

            if (call.PassedRole is { } passed && !policy.Allows("iam:PassRole", passed.Role, new Dictionary<string, string> { ["iam:PassedToService"] = passed.Service }))
            {
                yield return $"iam:PassRole of {passed.Role} to {passed.Service} ({action})";
            }
        }
    }

    private static bool Touched(string action, string resource, IReadOnlyList<RecordedCall> calls) => action == "iam:PassRole"
        ? calls.Any(c => c.PassedRole is { } passed && PolicyEvaluator.Matches(resource, passed.Role, ignoreCase: false))
        : calls.Any(c => Permissions.IamAction(c.Service, c.Operation) == action && c.Resources.Any(r => PolicyEvaluator.Matches(resource, r, ignoreCase: false)));

    private static bool Used(string action, IReadOnlyList<RecordedCall> calls) => action == "iam:PassRole"
        ? calls.Any(c => c.PassedRole is not null)
        : calls.Any(c => Permissions.IamAction(c.Service, c.Operation) == action);
}
