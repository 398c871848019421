using TrailAlarm.Snapshot;

namespace TrailAlarm.Tests.Snapshot;

public class SnapshotFileTests
{
    private static AccountSnapshot Sample() => new()
    {
        Account = "012345678901",
        Regions = ["us-east-1", "eu-west-1"],
        Trails =
        [
            new Trail
            {
                Name = "main", Arn = "arn:aws:cloudtrail:us-east-1:012345678901:trail/main", HomeRegion = "us-east-1",
                IsMultiRegion = true, LogGroupArn = "arn:aws:logs:us-east-1:012345678901:log-group:trail:*",
                Status = new TrailStatus { IsLogging = true },
                Selectors = new EventSelectors { Advanced = [new AdvancedEventSelector { FieldSelectors = [new AdvancedFieldSelector { Field = "eventCategory", EqualTo = ["Management"] }] }] },
            },
        ],
        MetricFilters = [new MetricFilter { Region = "us-east-1", LogGroupName = "trail", FilterName = "f", Pattern = "{ $.eventName = CreateTrail }", Transformations = [new MetricTransformation { MetricName = "M", MetricNamespace = "N", MetricValue = "1", Dimensions = new Dictionary<string, string> { ["Who"] = "$.userIdentity.arn" } }] }],
        Alarms = [new MetricAlarm { Region = "us-east-1", Name = "a", ComparisonOperator = "GreaterThanOrEqualToThreshold", EvaluationPeriods = 1, ActionsEnabled = true, Metrics = [new AlarmMetricQuery { Id = "m1", ReturnData = true, MetricStat = new AlarmMetricStat { MetricName = "M", Namespace = "N", Stat = "Sum", Period = 300 } }] }],
        Topics = [new SnsTopic { Arn = "arn:aws:sns:us-east-1:012345678901:t", Region = "us-east-1", Subscriptions = null }],
        Gaps = [new Gap("sns:ListSubscriptionsByTopic", "us-east-1", "AccessDenied", "not allowed", "arn:aws:sns:us-east-1:012345678901:t")],
    };

    [Fact]
    public void A_saved_snapshot_loads_back_equal_in_every_field()
    {
        var document = new SnapshotDocument { Accounts = [Sample()] };
        var path = Path.Combine(Path.GetTempPath(), $"snap-{Guid.NewGuid():N}.json");
        try
        {
            SnapshotFile.Save(path, document);
            var loaded = SnapshotFile.Load(path);

            Assert.Equal(SnapshotFile.ToJson(document), SnapshotFile.ToJson(loaded));
            var trail = Assert.Single(loaded.Accounts[0].Trails);
            Assert.Equal("012345678901", trail.OwnerAccount);
            Assert.Equal("Management", trail.Selectors!.Advanced[0].FieldSelectors[0].EqualTo[0]);
            Assert.Null(loaded.Accounts[0].Topics[0].Subscriptions);
            Assert.Equal("$.userIdentity.arn", loaded.Accounts[0].MetricFilters[0].Transformations[0].Dimensions["Who"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Omitted_lists_load_as_empty_lists()
    {
        var loaded = SnapshotFile.Parse("""{"schema":"trailalarm.snapshot/v1","accounts":[{"account":"111122223333"}]}""", "t");
        var account = Assert.Single(loaded.Accounts);
        Assert.Empty(account.Trails);
        Assert.Empty(account.Gaps);
    }

    [Theory]
    [InlineData("""{"schema":"trailalarm.snapshot/v1","accounts":[{"account":"111122223333","trails":[{"name":"x"}]}]}""", "arn")]
    [InlineData("""{"schema":"trailalarm.snapshot/v1","accounts":[{"acount":"111122223333"}]}""", "acount")]
    [InlineData("""{"schema":"trailalarm.snapshot/v1",""", "line")]
    [InlineData("""{"schema":"other/v9"}""", "other/v9")]
    [InlineData("""{"schema":"trailalarm.snapshot/v1","accounts":[{"account":"12"}]}""", "12 digits")]
    public void A_broken_snapshot_is_rejected_with_a_message_naming_the_problem(string json, string mentioned)
    {
        var error = Assert.Throws<SnapshotFormatException>(() => SnapshotFile.Parse(json, "broken.json"));
        Assert.Contains("broken.json", error.Message);
        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_file_is_a_format_error_not_a_crash()
    {
        var error = Assert.Throws<SnapshotFormatException>(() => SnapshotFile.Load("/nonexistent/dir/s.json"));
        Assert.Contains("/nonexistent/dir/s.json", error.Message);
    }
}
