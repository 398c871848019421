using TrailAlarm.Aws.CloudWatch;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class CloudWatchClientTests(MotoServer moto)
{
    private static PutMetricAlarmRequest Alarm(string name, string metric, string topicArn) => new()
    {
        AlarmName = name,
        MetricName = metric,
        Namespace = "CISBenchmark",
        Statistic = "Sum",
        Period = 300,
        EvaluationPeriods = 1,
        Threshold = 1,
        ComparisonOperator = "GreaterThanOrEqualToThreshold",
        AlarmActions = [topicArn],
        TreatMissingData = "notBreaching",
    };

    [Fact]
    public async Task Alarm_is_stored_over_json_1_0_with_actions_and_threshold()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var cw = session.CloudWatch();
        var topic = $"arn:aws:sns:us-east-1:{account}:alerts";
        await cw.PutMetricAlarmAsync(Alarm("trail-changes", "CloudTrailChanges", topic));

        var alarm = Assert.Single(await cw.DescribeAllMetricAlarmsAsync());

        Assert.Equal("trail-changes", alarm.AlarmName);
        Assert.Equal([topic], alarm.AlarmActions);
        Assert.Equal(1.0, alarm.Threshold);
        Assert.Equal("GreaterThanOrEqualToThreshold", alarm.ComparisonOperator);
        Assert.Equal("Sum", alarm.Statistic);
        Assert.NotNull(alarm.StateUpdatedTimestamp);
        Assert.Equal($"arn:aws:cloudwatch:us-east-1:{account}:alarm:trail-changes", alarm.AlarmArn);
    }

    [Fact]
    public async Task Alarms_for_a_metric_are_found_by_name_and_namespace()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var cw = session.CloudWatch("eu-central-1");
        var topic = $"arn:aws:sns:eu-central-1:{account}:alerts";
        await cw.PutMetricAlarmAsync(Alarm("a1", "CloudTrailChanges", topic));
        await cw.PutMetricAlarmAsync(Alarm("a2", "CloudTrailChanges", topic));
        await cw.PutMetricAlarmAsync(Alarm("other", "ConfigChanges", topic));

        var found = await cw.DescribeAlarmsForMetricAsync(new DescribeAlarmsForMetricRequest { MetricName = "CloudTrailChanges", Namespace = "CISBenchmark" });

        Assert.Equal(["a1", "a2"], found.MetricAlarms.Select(a => a.AlarmName).Order().ToList());
    }

    [Fact]
    public async Task Deleted_alarms_are_gone_and_others_stay()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var cw = session.CloudWatch();
        var topic = $"arn:aws:sns:us-east-1:{account}:alerts";
        await cw.PutMetricAlarmAsync(Alarm("keep", "M", topic));
        await cw.PutMetricAlarmAsync(Alarm("drop", "M", topic));

        await cw.DeleteAlarmsAsync(new(["drop"]));

        Assert.Equal("keep", Assert.Single(await cw.DescribeAllMetricAlarmsAsync()).AlarmName);
    }

    [Fact]
    public async Task Setting_state_of_a_missing_alarm_is_not_found_with_the_query_compatible_code()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudWatch().SetAlarmStateAsync(new("absent", "ALARM", "test")));

        Assert.Equal("ResourceNotFound", error.Code);
        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("monitoring", error.Service);
    }

    [Fact]
    public async Task Alarm_state_changes_are_read_back()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var cw = session.CloudWatch();
        await cw.PutMetricAlarmAsync(Alarm("stateful", "M", $"arn:aws:sns:us-east-1:{account}:alerts"));

        await cw.SetAlarmStateAsync(new("stateful", "ALARM", "simulated"));

        var alarm = Assert.Single((await cw.DescribeAlarmsAsync(new DescribeAlarmsRequest { AlarmNames = ["stateful"] })).MetricAlarms);
        Assert.Equal("ALARM", alarm.StateValue);
        Assert.Equal("simulated", alarm.StateReason);
    }
}
