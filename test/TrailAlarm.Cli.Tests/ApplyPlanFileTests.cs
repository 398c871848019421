using System.Text.Json.Nodes;
using TrailAlarm.Remediation;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Cli.Tests;

/// <summary>
/// apply PLAN through the real binary: a plan file edited since plan wrote it, or one plan could not have written,
/// is refused before any AWS call (exit 2, one line naming the file), and fix options cannot amend a saved plan.
/// </summary>
public sealed class ApplyPlanFileTests : IDisposable
{
    private const string Account = "111122223333";
    private readonly string dir = Directory.CreateTempSubdirectory("trailalarm-apply-plan-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly Dictionary<string, string?> NoAws = new()
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE",
        ["AWS_SECRET_ACCESS_KEY"] = "secret",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_PROFILE"] = null,
        ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9",
    };

    private static AccountSnapshot TrailOnly() => new()
    {
        Account = Account,
        Regions = ["us-east-1"],
        Trails =
        [
            new Trail
            {
                Name = "main", Arn = $"arn:aws:cloudtrail:us-east-1:{Account}:trail/main", HomeRegion = "us-east-1", IsMultiRegion = true,
                IncludeGlobalServiceEvents = true, LogGroupArn = $"arn:aws:logs:us-east-1:{Account}:log-group:trail-logs:*",
                LogsRoleArn = $"arn:aws:iam::{Account}:role/ct-logs", Status = new TrailStatus { IsLogging = true }, Selectors = new EventSelectors(),
            },
        ],
        LogGroups = [new LogGroup { Region = "us-east-1", Name = "trail-logs" }],
    };

    /// <summary>Writes the plan for the CloudTrail control, edits its JSON, and runs apply on it.</summary>
    private CliRun Apply(Action<JsonObject> edit, params string[] extra)
    {
        var plan = Planner.Default().Plan(TrailOnly(), new FixSettings { Subscribers = [Subscriber.Parse("email:sec@example.com")], Controls = ["cloudtrail-changes-monitored"] }, DateTimeOffset.UtcNow);
        var path = Path.Combine(dir, "plan.json");
        PlanFile.Save(path, plan);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
        return CliRunner.RunProcess(NoAws, dir, ["apply", path, "--journal", Path.Combine(dir, "journal.json"), .. extra]);
    }

    private static JsonObject After(JsonObject plan, string kind)
        => plan["changes"]!.AsArray().Select(c => c!.AsObject()).First(c => (string?)c["kind"] == kind)["after"]!.AsObject();

    private void AssertRefused(CliRun run, string mention)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(mention, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(dir, "plan.json"), run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Apply complete", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "journal.json")));
    }

    [Fact]
    public void Edited_threshold_is_refused() => AssertRefused(Apply(p => After(p, ResourceKinds.Alarm.Id)["threshold"] = "100"), "after.threshold is '100'");

    [Fact]
    public void Unparsable_pattern_is_refused() => AssertRefused(Apply(p => After(p, ResourceKinds.MetricFilter.Id)["filterPattern"] = "{ $.eventName = "), "does not parse");

    [Fact]
    public void Swapped_subscription_endpoint_is_refused() => AssertRefused(Apply(p => After(p, ResourceKinds.Subscription.Id)["endpoint"] = "attacker@example.net"), "was changed after 'trailalarm plan' wrote it");

    [Fact]
    public void Unknown_field_is_refused() => AssertRefused(Apply(p => p["approvedBy"] = "me"), "unknown field at $.approvedBy");

    [Fact]
    public void Unknown_kind_is_a_one_line_error() => AssertRefused(Apply(p => p["changes"]![0]!["kind"] = "s3-bucket"), "kind 's3-bucket' is not one of");

    [Theory]
    [InlineData("--subscribe", "email:other@example.com")]
    [InlineData("--topic-name", "other")]
    [InlineData("--alarm-name", "Other")]
    [InlineData("--integrate-trail", null)]
    [InlineData("--controls", "config-changes-monitored")]
    public void Fix_option_with_a_saved_plan_is_refused(string option, string? value)
    {
        var run = Apply(_ => { }, value is null ? [option] : [option, value]);

        AssertRefused(run, option + " cannot change a saved plan");
    }
}
