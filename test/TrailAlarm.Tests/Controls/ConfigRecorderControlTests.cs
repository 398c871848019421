using TrailAlarm.Findings;
using TrailAlarm.Snapshot;
using static TrailAlarm.Tests.Controls.Fixtures;

namespace TrailAlarm.Tests.Controls;

public class ConfigRecorderControlTests
{
    private static AccountSnapshot WithRecorder(Func<ConfigRecorder, ConfigRecorder> change) => Compliant with { ConfigRecorders = [change(Compliant.ConfigRecorders[0])] };

    [Fact]
    public void Recording_all_supported_types_passes_even_while_last_status_is_pending()
    {
        var finding = Audit(Compliant, ConfigRecorderControl);
        Assert.Equal(Status.Pass, finding.Status);
        Assert.Equal(["recorder", "recording", "recording-group"], finding.Steps.Select(s => s.Name));
    }

    [Fact]
    public void Missing_recorder_in_the_trail_home_region_fails()
    {
        var finding = Audit(Compliant with { ConfigRecorders = [] }, ConfigRecorderControl);
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("us-east-1", finding.Reason);
    }

    [Fact]
    public void Recorder_in_another_region_does_not_count()
    {
        Assert.Equal(Status.Fail, Audit(WithRecorder(r => r with { Region = "us-west-2" }), ConfigRecorderControl).Status);
    }

    [Fact]
    public void Stopped_recorder_fails()
    {
        var finding = Audit(WithRecorder(r => r with { Status = new RecorderStatus { Recording = false } }), ConfigRecorderControl);
        Assert.Equal(Status.Fail, finding.StepNamed("recording").Status);
    }

    [Fact]
    public void Recorder_whose_last_delivery_failed_fails()
    {
        var finding = Audit(WithRecorder(r => r with { Status = new RecorderStatus { Recording = true, LastStatus = "FAILURE", LastErrorCode = "AccessDenied" } }), ConfigRecorderControl);
        Assert.Equal(Status.Fail, finding.Status);
    }

    [Fact]
    public void Recorder_not_recording_trails_fails()
    {
        var group = new RecordingGroup { ResourceTypes = ["AWS::S3::Bucket"], RecordingStrategy = "INCLUSION_BY_RESOURCE_TYPES" };
        var finding = Audit(WithRecorder(r => r with { RecordingGroup = group }), ConfigRecorderControl);
        Assert.Equal(Status.Fail, finding.StepNamed("recording-group").Status);
        Assert.Contains("AWS::S3::Bucket", finding.Reason);
    }

    [Fact]
    public void Recorder_listing_the_trail_type_passes()
    {
        var group = new RecordingGroup { ResourceTypes = ["AWS::CloudTrail::Trail"], RecordingStrategy = "INCLUSION_BY_RESOURCE_TYPES" };
        Assert.Equal(Status.Pass, Audit(WithRecorder(r => r with { RecordingGroup = group }), ConfigRecorderControl).Status);
    }

    [Fact]
    public void Recorder_excluding_the_trail_type_fails_and_excluding_others_passes()
    {
        var excluding = new RecordingGroup { ExclusionResourceTypes = ["AWS::CloudTrail::Trail"], RecordingStrategy = "EXCLUSION_BY_RESOURCE_TYPES" };
        Assert.Equal(Status.Fail, Audit(WithRecorder(r => r with { RecordingGroup = excluding }), ConfigRecorderControl).Status);
        var other = new RecordingGroup { ExclusionResourceTypes = ["AWS::EC2::Instance"], RecordingStrategy = "EXCLUSION_BY_RESOURCE_TYPES" };
        Assert.Equal(Status.Pass, Audit(WithRecorder(r => r with { RecordingGroup = other }), ConfigRecorderControl).Status);
    }

    [Fact]
    public void Recorders_that_could_not_be_read_are_unknown()
    {
        var snapshot = Compliant with { ConfigRecorders = [], Gaps = [new Gap("config:DescribeConfigurationRecorders", "us-east-1", "AccessDeniedException", "denied")] };
        var finding = Audit(snapshot, ConfigRecorderControl);
        Assert.Equal(Status.Unknown, finding.Status);
        Assert.Contains("config:DescribeConfigurationRecorders", finding.Reason);
    }

    [Fact]
    public void Trail_home_region_that_was_not_read_is_unknown()
    {
        Assert.Equal(Status.Unknown, Audit(Compliant with { Regions = ["us-west-2"] }, ConfigRecorderControl).Status);
    }

    [Fact]
    public void Account_without_trails_is_not_applicable()
    {
        Assert.Equal(Status.NotApplicable, Audit(Compliant with { Trails = [] }, ConfigRecorderControl).Status);
    }
}
