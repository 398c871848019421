using TrailAlarm.Aws.Config;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class ConfigClientTests(MotoServer moto)
{
    private static ConfigurationRecorder Recorder(string account) => new()
    {
        Name = "default",
        RoleArn = $"arn:aws:iam::{account}:role/config",
        RecordingGroup = new RecordingGroup { AllSupported = false, ResourceTypes = ["AWS::CloudTrail::Trail"] },
    };

    [Fact]
    public async Task Recorder_for_trails_is_stored_started_and_stopped()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var config = session.Config("eu-west-1");
        await config.PutConfigurationRecorderAsync(new(Recorder(account)));
        await config.PutDeliveryChannelAsync(new(new DeliveryChannel { Name = "default", S3BucketName = "config-" + account }));

        await config.StartConfigurationRecorderAsync(new("default"));
        var recorder = Assert.Single((await config.DescribeConfigurationRecordersAsync()).ConfigurationRecorders);
        var started = Assert.Single((await config.DescribeConfigurationRecorderStatusAsync()).ConfigurationRecordersStatus);
        await config.StopConfigurationRecorderAsync(new("default"));
        var stopped = Assert.Single((await config.DescribeConfigurationRecorderStatusAsync()).ConfigurationRecordersStatus);

        Assert.Equal(["AWS::CloudTrail::Trail"], recorder.RecordingGroup!.ResourceTypes);
        Assert.False(recorder.RecordingGroup.AllSupported);
        Assert.Equal($"arn:aws:iam::{account}:role/config", recorder.RoleArn);
        Assert.True(started.Recording);
        Assert.NotNull(started.LastStartTime);
        Assert.False(stopped.Recording);
        Assert.Equal("default", Assert.Single((await config.DescribeDeliveryChannelsAsync()).DeliveryChannels).Name);
    }

    [Fact]
    public async Task Config_is_strictly_per_region()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await session.Config("eu-west-1").PutConfigurationRecorderAsync(new(Recorder(account)));

        Assert.Empty((await session.Config("us-east-1").DescribeConfigurationRecordersAsync()).ConfigurationRecorders);
    }

    [Fact]
    public async Task Starting_a_missing_recorder_is_not_found()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Config().StartConfigurationRecorderAsync(new("nope")));

        Assert.Equal("NoSuchConfigurationRecorderException", error.Code);
        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Starting_without_a_delivery_channel_is_refused_with_its_code()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        await session.Config().PutConfigurationRecorderAsync(new(Recorder(account)));

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Config().StartConfigurationRecorderAsync(new("default")));

        Assert.Equal("NoAvailableDeliveryChannelException", error.Code);
    }

    [Fact]
    public async Task Delivery_channel_and_recorder_can_be_deleted_once_recording_stops()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var config = session.Config();
        await config.PutConfigurationRecorderAsync(new(Recorder(account)));
        await config.PutDeliveryChannelAsync(new(new DeliveryChannel { Name = "default", S3BucketName = "config-" + account }));
        await config.StartConfigurationRecorderAsync(new("default"));

        var refused = await Assert.ThrowsAsync<AwsApiException>(() => config.DeleteDeliveryChannelAsync(new("default")));
        await config.StopConfigurationRecorderAsync(new("default"));
        await config.DeleteDeliveryChannelAsync(new("default"));
        await config.DeleteConfigurationRecorderAsync(new("default"));

        Assert.Equal("LastDeliveryChannelDeleteFailedException", refused.Code);
        Assert.Empty((await config.DescribeDeliveryChannelsAsync()).DeliveryChannels);
        Assert.Empty((await config.DescribeConfigurationRecordersAsync()).ConfigurationRecorders);
    }
}
