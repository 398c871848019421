using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using static TrailAlarm.Tests.Controls.Fixtures;

namespace TrailAlarm.Tests.Controls;

public class TrailStepsTests
{
    [Fact]
    public void Compliant_account_passes_both_monitoring_controls_with_every_step_in_order()
    {
        foreach (var id in new[] { CloudTrailControl, ConfigChangesControl })
        {
            var finding = Audit(Compliant, id);
            Assert.Equal(Status.Pass, finding.Status);
            Assert.Equal(["trail", "logging", "event-selectors", "log-group", "metric-filter", "alarm", "alarm-action", "topic", "subscriber", "topic-policy"], finding.Steps.Select(s => s.Name));
            Assert.All(finding.Steps, s => Assert.Equal(Status.Pass, s.Status));
            Assert.Equal("111122223333", finding.Account);
            Assert.Equal("us-east-1", finding.Region);
            Assert.Equal("4.5", Audit(Compliant).Frameworks["cis-aws-foundations-5.0.0"]);
        }
    }

    [Fact]
    public void Account_without_trails_fails_at_the_trail_step()
    {
        var finding = Audit(Compliant with { Trails = [] });
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Equal(Status.Fail, finding.StepNamed("trail").Status);
    }

    [Fact]
    public void Trails_that_could_not_be_listed_anywhere_are_unknown_not_missing()
    {
        var snapshot = Compliant with
        {
            Trails = [],
            Gaps = [new Gap("cloudtrail:DescribeTrails", "us-east-1", "AccessDeniedException", "denied"), new Gap("cloudtrail:DescribeTrails", "us-west-2", "AccessDeniedException", "denied")],
        };
        var finding = Audit(snapshot);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("cloudtrail:DescribeTrails", finding.Reason);
        Assert.Contains("AccessDeniedException", finding.Reason);
    }

    [Fact]
    public void Single_region_trail_fails_at_the_trail_step()
    {
        var finding = Audit(Compliant.WithTrail(t => t with { IsMultiRegion = false }));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Equal("trail", finding.Steps[^1].Name);
        Assert.Contains("multi-region", finding.Reason);
    }

    [Fact]
    public void A_passing_chain_wins_over_a_failing_trail()
    {
        var extra = Compliant.Trails[0] with { Name = "local", Arn = "arn:aws:cloudtrail:us-west-2:111122223333:trail/local", HomeRegion = "us-west-2", IsMultiRegion = false };
        var finding = Audit(Compliant with { Trails = [extra, Compliant.Trails[0]] });
        Assert.Equal(Status.Pass, finding.Status);
    }

    [Fact]
    public void Trail_that_is_not_logging_fails_at_the_logging_step()
    {
        var finding = Audit(Compliant.WithTrail(t => t with { Status = new TrailStatus { IsLogging = false } }));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Equal(Status.Fail, finding.StepNamed("logging").Status);
        Assert.Contains("IsLogging=false", finding.Reason);
    }

    [Fact]
    public void Trail_status_that_could_not_be_read_is_unknown_naming_the_call()
    {
        var snapshot = Compliant.WithTrail(t => t with { Status = null }) with
        {
            Gaps = [new Gap("cloudtrail:GetTrailStatus", "us-east-1", "AccessDeniedException", "no", "arn:aws:cloudtrail:us-east-1:111122223333:trail/main")],
        };
        var finding = Audit(snapshot);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("cloudtrail:GetTrailStatus", finding.Reason);
    }

    [Fact]
    public void Data_events_only_fails_at_event_selectors()
    {
        var selectors = new EventSelectors { Basic = [new BasicEventSelector { ReadWriteType = "All", IncludeManagementEvents = false, DataResources = [new DataResource("AWS::S3::Object", ["arn:aws:s3"])] }] };
        var finding = Audit(Compliant.WithTrail(t => t with { Selectors = selectors }));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("data events only", finding.StepNamed("event-selectors").Detail);
    }

    [Fact]
    public void Read_only_management_events_fail_at_event_selectors()
    {
        var selectors = new EventSelectors { Basic = [new BasicEventSelector { ReadWriteType = "ReadOnly", IncludeManagementEvents = true }] };
        var finding = Audit(Compliant.WithTrail(t => t with { Selectors = selectors }));
        Assert.Equal(Status.Fail, finding.StepNamed("event-selectors").Status);
        Assert.Contains("read-only", finding.Reason);
    }

    [Fact]
    public void No_event_selectors_means_the_AWS_default_and_passes()
    {
        var finding = Audit(Load("default-event-selectors"));
        Assert.Equal(Status.Pass, finding.Status);
        Assert.Contains("default", finding.StepNamed("event-selectors").Detail);
    }

    [Fact]
    public void Advanced_selectors_for_management_writes_pass()
    {
        Assert.Equal(Status.Pass, Audit(Load("advanced-selectors")).Status);
        Assert.Equal(Status.Pass, Audit(Load("advanced-selectors"), ConfigChangesControl).Status);
    }

    [Fact]
    public void Advanced_selectors_for_read_only_management_events_fail()
    {
        var selectors = new EventSelectors { Advanced = [new AdvancedEventSelector { FieldSelectors = [new AdvancedFieldSelector { Field = "eventCategory", EqualTo = ["Management"] }, new AdvancedFieldSelector { Field = "readOnly", EqualTo = ["true"] }] }] };
        var finding = Audit(Compliant.WithTrail(t => t with { Selectors = selectors }));
        Assert.Equal(Status.Fail, finding.StepNamed("event-selectors").Status);
    }

    [Fact]
    public void Advanced_selectors_excluding_the_cloudtrail_source_fail_only_the_cloudtrail_control()
    {
        var selectors = new EventSelectors { Advanced = [new AdvancedEventSelector { FieldSelectors = [new AdvancedFieldSelector { Field = "eventCategory", EqualTo = ["Management"] }, new AdvancedFieldSelector { Field = "eventSource", NotEquals = ["cloudtrail.amazonaws.com"] }] }] };
        var snapshot = Compliant.WithTrail(t => t with { Selectors = selectors });
        var finding = Audit(snapshot);
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("CreateTrail", finding.StepNamed("event-selectors").Detail);
        Assert.Equal(Status.Pass, Audit(snapshot, ConfigChangesControl).Status);
    }

    [Fact]
    public void Advanced_selectors_on_any_field_are_judged_by_the_required_records_own_value()
    {
        var selectors = new EventSelectors { Advanced = [new AdvancedEventSelector { FieldSelectors = [new AdvancedFieldSelector { Field = "eventCategory", EqualTo = ["Management"] }, new AdvancedFieldSelector { Field = "userIdentity.arn", StartsWith = ["arn:aws:iam::111122223333:role/App"] }] }] };
        var finding = Audit(Compliant.WithTrail(t => t with { Selectors = selectors }));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("needs userIdentity.arn starts with arn:aws:iam::111122223333:role/App", finding.StepNamed("event-selectors").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Trail_without_CloudWatch_Logs_fails_at_the_log_group_step()
    {
        var finding = Audit(Compliant.WithTrail(t => t with { LogGroupArn = null }));
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Equal("log-group", finding.Steps[^1].Name);
    }

    [Fact]
    public void Trail_pointing_at_a_deleted_log_group_fails()
    {
        var finding = Audit(Compliant with { LogGroups = [] });
        Assert.Equal(Status.Fail, finding.StepNamed("log-group").Status);
        Assert.Contains("does not exist", finding.Reason);
    }

    [Fact]
    public void CloudWatch_Logs_delivery_error_fails_the_log_group_step()
    {
        var finding = Audit(Compliant.WithTrail(t => t with { Status = new TrailStatus { IsLogging = true, LatestCloudWatchLogsDeliveryError = "AccessDeniedException" } }));
        Assert.Equal(Status.Fail, finding.StepNamed("log-group").Status);
    }

    [Fact]
    public void Organisation_trail_in_a_member_account_is_not_applicable_with_the_evidence_path()
    {
        var finding = Audit(Load("org-trail-member"));
        Assert.Equal(Status.NotApplicable, finding.Status);
        Assert.Contains("999988887777", finding.Reason);
        Assert.Contains("arn:aws:cloudtrail:us-east-1:999988887777:trail/org-trail", finding.Reason);
        Assert.Equal("arn:aws:logs:us-east-1:999988887777:log-group:org-trail:*", finding.Resource);
        Assert.Equal(Status.Pass, Audit(Load("org-trail-member"), ConfigRecorderControl).Status);
    }

    [Fact]
    public void An_account_whose_role_could_not_be_assumed_is_unknown_for_every_control()
    {
        var snapshot = Load("account-not-readable");
        foreach (var id in new[] { CloudTrailControl, ConfigChangesControl, ConfigRecorderControl })
        {
            var finding = Audit(snapshot, id);
            Assert.Equal(Status.Unknown, finding.Status);
            Assert.Contains("sts:AssumeRole", finding.Reason);
        }
    }

    [Fact]
    public void A_snapshot_without_any_region_read_is_unknown_not_failed()
    {
        var finding = Audit(Compliant with { Regions = [], Trails = [] });
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("no region", finding.Reason);
    }
}
