using System.Text.Json;
using TrailAlarm.Remediation;
using Xunit;

namespace TrailAlarm.Tests.Remediation;

public sealed class PlanFileTests
{
    private static Plan SamplePlan() => Planner.Default().Plan(Accounts.TrailOnly(),
        new FixSettings { Subscribers = [Subscriber.Parse("email:sec@example.com")], Controls = ["cloudtrail-changes-monitored"] },
        new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Plan_json_has_the_documented_shape()
    {
        using var json = JsonDocument.Parse(PlanFile.ToJson(SamplePlan()));
        var root = json.RootElement;

        Assert.Equal("trailalarm.plan/v1", root.GetProperty("schema").GetString());
        var first = root.GetProperty("changes")[0];
        Assert.Equal("create", first.GetProperty("action").GetString());
        Assert.StartsWith("aws_", first.GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("before").ValueKind);
        Assert.Equal(JsonValueKind.Object, first.GetProperty("after").ValueKind);
        Assert.Equal("cloudtrail-changes-monitored", first.GetProperty("because")[0].GetString());
        Assert.True(root.GetProperty("preconditions").GetArrayLength() >= root.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void Plan_json_keeps_filter_patterns_readable()
    {
        var plan = Planner.Default().Plan(Accounts.TrailOnly(), new FixSettings { Controls = ["config-changes-monitored"] }, DateTimeOffset.UnixEpoch);

        Assert.Contains("($.eventSource = config.amazonaws.com) && ((", PlanFile.ToJson(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Saved_plan_loads_back_equal()
    {
        var path = Path.GetTempFileName();
        var plan = SamplePlan();

        PlanFile.Save(path, plan);
        var loaded = PlanFile.Load(path);

        Assert.Equal(PlanFile.ToJson(plan), PlanFile.ToJson(loaded));
        File.Delete(path);
    }

    [Fact]
    public void Broken_plan_file_is_reported_with_its_name_and_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\n \"schema\": \"trailalarm.plan/v1\",\n \"changes\": [ oops ]\n}");

        var e = Assert.Throws<RemediationFileException>(() => PlanFile.Load(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Plan_text_marks_creations_and_updates_like_terraform()
    {
        var update = new Change
        {
            Action = ChangeAction.Update, Address = "aws_cloudwatch_metric_alarm.x", Kind = ResourceKinds.Alarm, Region = "us-east-1",
            Before = new Dictionary<string, string> { ["alarmName"] = "x", ["actionsEnabled"] = "false" },
            After = new Dictionary<string, string> { ["alarmName"] = "x", ["actionsEnabled"] = "true" },
            Because = ["c"],
        };
        var plan = SamplePlan() with { Changes = [.. SamplePlan().Changes, update] };

        var text = PlanText.Render(plan);

        Assert.Contains("+ resource \"aws_sns_topic\"", text, StringComparison.Ordinal);
        Assert.Contains("~ actionsEnabled = \"false\" -> \"true\"", text, StringComparison.Ordinal);
        Assert.Contains("  alarmName      = \"x\"", text, StringComparison.Ordinal);
        Assert.Contains($"Plan: {plan.Count(ChangeAction.Create)} to add, 1 to change, 0 to destroy.", text, StringComparison.Ordinal);
    }
}
