using TrailAlarm.Aws.Config;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.AwsRules;

/// <summary>AWS Config through the AWS-rules proxy: role, bucket and bucket policy checked; one recorder per region;
/// no start without a delivery channel.</summary>
[Collection(MotoCollection.Name)]
public class ConfigPrerequisiteRuleTests(MotoServer moto)
{
    private static string ServiceLinkedRole(string account) => $"arn:aws:iam::{account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

    private static string ConfigBucketPolicy(string bucket, string account) => $$$$"""
        {"Version":"2012-10-17","Statement":[
          {"Sid":"AWSConfigBucketPermissionsCheck","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::{{{{bucket}}}}","Condition":{"StringEquals":{"AWS:SourceAccount":"{{{{account}}}}"}}},
          {"Sid":"AWSConfigBucketExistenceCheck","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::{{{{bucket}}}}","Condition":{"StringEquals":{"AWS:SourceAccount":"{{{{account}}}}"}}},
          {"Sid":"AWSConfigBucketDelivery","Effect":"Allow","Principal":{"Service":"config.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::{{{{bucket}}}}/AWSLogs/{{{{account}}}}/Config/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control","AWS:SourceAccount":"{{{{account}}}}"}}}
        ]}
        """;

    private async Task<(AwsSession Session, string Account)> AccountAsync(bool serviceLinkedRole = true)
    {
        var account = MotoServer.NewAccountId();
        var session = await AwsSession.CreateAsync(MotoAws.Settings(moto.RulesEndpoint, account) with { MaxAttempts = 1 });
        if (serviceLinkedRole)
        {
            await session.Iam().CreateServiceLinkedRoleAsync("config.amazonaws.com");
        }

        return (session, account);
    }

    private static Task<ConfigEmptyResponse> PutRecorderAsync(AwsSession session, string roleArn, string name = "default")
        => session.Config().PutConfigurationRecorderAsync(new PutConfigurationRecorderRequest(new ConfigurationRecorder
        {
            Name = name,
            RoleArn = roleArn,
            RecordingGroup = new RecordingGroup { AllSupported = true, IncludeGlobalResourceTypes = true },
        }));

    private static Task<ConfigEmptyResponse> PutChannelAsync(AwsSession session, string bucket)
        => session.Config().PutDeliveryChannelAsync(new PutDeliveryChannelRequest(new DeliveryChannel { Name = "default", S3BucketName = bucket }));

    [Fact]
    public async Task A_recorder_with_the_service_linked_role_needs_the_role_to_exist()
    {
        var (session, account) = await AccountAsync(serviceLinkedRole: false);
        using var _ = session;

        var refused = await Assert.ThrowsAsync<AwsApiException>(() => PutRecorderAsync(session, ServiceLinkedRole(account)));
        await session.Iam().CreateServiceLinkedRoleAsync("config.amazonaws.com");
        await PutRecorderAsync(session, ServiceLinkedRole(account));

        Assert.Equal("InvalidRoleException", refused.Code);
        Assert.Single((await session.Config().DescribeConfigurationRecordersAsync()).ConfigurationRecorders);
    }

    [Fact]
    public async Task A_delivery_channel_to_a_missing_bucket_is_refused()
    {
        var (session, account) = await AccountAsync();
        using var _ = session;
        await PutRecorderAsync(session, ServiceLinkedRole(account));

        var refused = await Assert.ThrowsAsync<AwsApiException>(() => PutChannelAsync(session, $"no-such-bucket-{account}"));

        Assert.Equal("NoSuchBucketException", refused.Code);
    }

    [Fact]
    public async Task A_delivery_channel_needs_a_bucket_policy_that_lets_config_write_and_then_the_recorder_starts()
    {
        var (session, account) = await AccountAsync();
        using var _ = session;
        var bucket = $"config-{account}";
        await session.S3().CreateBucketAsync(bucket);
        await PutRecorderAsync(session, ServiceLinkedRole(account));

        var noPolicy = await Assert.ThrowsAsync<AwsApiException>(() => PutChannelAsync(session, bucket));
        await session.S3().PutBucketPolicyAsync(bucket, ConfigBucketPolicy(bucket, account).Replace("s3:PutObject", "s3:GetObject", StringComparison.Ordinal));
        var noPut = await Assert.ThrowsAsync<AwsApiException>(() => PutChannelAsync(session, bucket));
        await session.S3().PutBucketPolicyAsync(bucket, ConfigBucketPolicy(bucket, account));
        await PutChannelAsync(session, bucket);
        await session.Config().StartConfigurationRecorderAsync(new RecorderNameRequest("default"));

        Assert.Equal("InsufficientDeliveryPolicyException", noPolicy.Code);
        Assert.Equal("InsufficientDeliveryPolicyException", noPut.Code);
        Assert.True(Assert.Single((await session.Config().DescribeConfigurationRecorderStatusAsync()).ConfigurationRecordersStatus).Recording);
    }

    [Fact]
    public async Task A_recorder_cannot_start_without_a_delivery_channel()
    {
        var (session, account) = await AccountAsync();
        using var _ = session;
        await PutRecorderAsync(session, ServiceLinkedRole(account));

        var refused = await Assert.ThrowsAsync<AwsApiException>(() => session.Config().StartConfigurationRecorderAsync(new RecorderNameRequest("default")));

        Assert.Equal("NoAvailableDeliveryChannelException", refused.Code);
    }

    [Fact]
    public async Task A_region_holds_one_recorder()
    {
        var (session, account) = await AccountAsync();
        using var _ = session;
        await PutRecorderAsync(session, ServiceLinkedRole(account));

        var second = await Assert.ThrowsAsync<AwsApiException>(() => PutRecorderAsync(session, ServiceLinkedRole(account), "second"));

        Assert.Equal("MaxNumberOfConfigurationRecordersExceededException", second.Code);
    }

    [Fact]
    public async Task The_service_linked_role_has_the_name_and_path_aws_gives_it_and_is_created_once()
    {
        var (session, account) = await AccountAsync(serviceLinkedRole: false);
        using var _ = session;

        var role = (await session.Iam().CreateServiceLinkedRoleAsync("config.amazonaws.com")).Role!;
        var again = await Assert.ThrowsAsync<AwsApiException>(() => session.Iam().CreateServiceLinkedRoleAsync("config.amazonaws.com"));

        Assert.Equal(ServiceLinkedRole(account), role.Arn);
        Assert.Equal("InvalidInput", again.Code);
    }
}
