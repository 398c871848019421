using TrailAlarm.Aws.CloudWatch;
using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests;

[Collection(MotoCollection.Name)]
public class SnapshotReaderTests(MotoServer moto)
{
    [Fact]
    public async Task A_multi_region_trail_read_from_another_region_still_gets_its_status_and_selectors_from_home()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await AuditAccountSeeder.SeedAsync(session, account, new AuditScenario());

        var snapshot = await SnapshotReader.ReadAsync(session, account, ["us-west-2"], TimeProvider.System);

        var trail = Assert.Single(snapshot.Trails);
        Assert.Equal("us-east-1", trail.HomeRegion);
        Assert.True(trail.Status!.IsLogging);
        Assert.Equal("All", Assert.Single(trail.Selectors!.Basic).ReadWriteType);
        // The log group lives in us-east-1, which was not read: the control says so instead of guessing.
        var finding = new ControlEvaluator(ControlCatalogue.Default.Controls, ControlSamples.For).Evaluate(ControlCatalogue.Default.Controls[0], snapshot);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("--regions", finding.Reason);
    }

    [Fact]
    public async Task A_metric_math_alarm_is_read_with_its_queries_and_passes()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await AuditAccountSeeder.SeedAsync(session, account, new AuditScenario { Alarm = false });
        var topic = $"arn:aws:sns:us-east-1:{account}:trail-alerts";
        await session.CloudWatch("us-east-1").PutMetricAlarmAsync(new PutMetricAlarmRequest
        {
            AlarmName = "math",
            EvaluationPeriods = 1,
            Threshold = 1,
            ComparisonOperator = "GreaterThanOrEqualToThreshold",
            AlarmActions = [topic],
            Metrics =
            [
                new MetricDataQuery { Id = "m1", ReturnData = false, MetricStat = new MetricStat { Metric = new Metric { MetricName = "CloudTrailChangeCount", Namespace = "CISBenchmark" }, Period = 300, Stat = "Sum" } },
                new MetricDataQuery { Id = "e1", Expression = "FILL(m1, 0)", ReturnData = true },
            ],
        });

        var snapshot = await SnapshotReader.ReadAsync(session, account, ["us-east-1"], TimeProvider.System);

        var alarm = Assert.Single(snapshot.Alarms);
        Assert.True(alarm.IsMetricMath);
        Assert.Equal("FILL(m1, 0)", alarm.Metrics.Single(q => q.Id == "e1").Expression);
        var finding = new ControlEvaluator(ControlCatalogue.Default.Controls, ControlSamples.For).Evaluate(ControlCatalogue.Default.Controls[0], snapshot);
        Assert.Equal(Status.Pass, finding.Status);
    }

    [Fact]
    public async Task A_read_saved_and_loaded_again_gives_the_same_snapshot()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await AuditAccountSeeder.SeedAsync(session, account, new AuditScenario());
        var snapshot = await SnapshotReader.ReadAsync(session, account, ["us-east-1", "us-west-2"], TimeProvider.System);

        var json = SnapshotFile.ToJson(new SnapshotDocument { Accounts = [snapshot] });
        var loaded = SnapshotFile.Parse(json, "round-trip");

        Assert.Equal(json, SnapshotFile.ToJson(loaded));
    }

    [Theory]
    [InlineData(false, Status.Fail)]
    [InlineData(true, Status.Pass)]
    public async Task A_KMS_encrypted_topic_fails_unless_its_key_policy_lets_CloudWatch_in(bool allowCloudWatch, Status expected)
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await AuditAccountSeeder.SeedAsync(session, account, new AuditScenario());
        var statements = new List<string> { $$"""{"Sid":"root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"kms:*","Resource":"*"}""" };
        if (allowCloudWatch)
        {
            statements.Add("""{"Sid":"cw","Effect":"Allow","Principal":{"Service":"cloudwatch.amazonaws.com"},"Action":["kms:Decrypt","kms:GenerateDataKey*"],"Resource":"*"}""");
        }

        var key = await session.Kms("us-east-1").CreateKeyAsync(new Kms.CreateKeyRequest { Policy = $$"""{"Version":"2012-10-17","Statement":[{{string.Join(",", statements)}}]}""" });
        var topic = $"arn:aws:sns:us-east-1:{account}:trail-alerts";
        await session.Sns("us-east-1").SetTopicAttributesAsync(new Sns.SetTopicAttributesRequest(topic, "KmsMasterKeyId", key.KeyMetadata!.Arn));

        var snapshot = await SnapshotReader.ReadAsync(session, account, ["us-east-1"], TimeProvider.System);

        var read = Assert.Single(snapshot.KmsKeys);
        Assert.False(read.AwsManaged);
        Assert.Contains("kms:*", read.Policy!);
        var finding = new ControlEvaluator(ControlCatalogue.Default.Controls, ControlSamples.For).Evaluate(ControlCatalogue.Default.Controls[0], snapshot);
        Assert.Equal(expected, finding.Status);
        Assert.Equal(expected, finding.Steps.Single(s => s.Name == "topic-key").Status);
    }
}
