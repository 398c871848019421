using TrailAlarm.Aws.CloudWatch;

namespace TrailAlarm.Aws.Tests.Signing;

/// <summary>Real SigV4 checked by moto, for JSON 1.0 (CloudWatch), JSON 1.1 (CloudTrail) and query (SNS).</summary>
public sealed class SigningTests(AuthMotoFixture fixture) : IClassFixture<AuthMotoFixture>
{
    private AwsKeys UserKeys => fixture.UserKeys;

    [Fact]
    public async Task Long_term_keys_sign_json_1_0_json_1_1_and_query_calls_that_moto_verifies()
    {
        using var session = await AwsSession.CreateAsync(Settings(UserKeys));

        await CallAllProtocolsAsync(session);
    }

    [Fact]
    public async Task Session_token_credentials_sign_every_protocol_too()
    {
        using var user = await AwsSession.CreateAsync(Settings(UserKeys));
        var role = await user.Sts().AssumeRoleAsync("arn:aws:iam::123456789012:role/signer-role", "signing-test");
        Assert.NotNull(role.Keys.SessionToken);

        using var temporary = await AwsSession.CreateAsync(Settings(role.Keys));

        await CallAllProtocolsAsync(temporary);
    }

    [Theory]
    [InlineData("json1.0")]
    [InlineData("json1.1")]
    [InlineData("query")]
    public async Task A_wrong_secret_is_refused_as_access_denied_with_signature_does_not_match(string protocol)
    {
        using var session = await AwsSession.CreateAsync(Settings(UserKeys with { SecretAccessKey = "not-the-secret-key-at-all-000000000000000" }));

        var error = await Assert.ThrowsAsync<AwsApiException>(() => protocol switch
        {
            "json1.0" => session.CloudWatch().DescribeAlarmsAsync(new DescribeAlarmsRequest()),
            "json1.1" => session.CloudTrail().DescribeTrailsAsync(new()),
            _ => session.Sns().ListTopicsAsync(),
        });

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Equal(AwsErrorKind.AccessDenied, error.Kind);
        Assert.Equal(403, error.HttpStatus);
    }

    [Fact]
    public async Task An_unknown_access_key_is_refused_as_access_denied()
    {
        using var session = await AwsSession.CreateAsync(Settings(new AwsKeys("AKIAUNKNOWNKEY000000", "x")));

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.CloudTrail().DescribeTrailsAsync(new()));

        Assert.Equal("InvalidClientTokenId", error.Code);
        Assert.Equal(AwsErrorKind.AccessDenied, error.Kind);
    }

    private static async Task CallAllProtocolsAsync(AwsSession session)
    {
        var alarms = await session.CloudWatch().DescribeAlarmsAsync(new DescribeAlarmsRequest());      // awsJson1_0
        var trails = await session.CloudTrail().DescribeTrailsAsync(new());                           // awsJson1_1
        var topic = await session.Sns().CreateTopicAsync(new() { Name = "signed" });                  // awsQuery
        var identity = await session.Sts().GetCallerIdentityAsync();                                  // official STS

        Assert.Empty(alarms.MetricAlarms);
        Assert.Empty(trails.TrailList);
        Assert.EndsWith(":signed", topic.TopicArn);
        Assert.Equal("123456789012", identity.Account);
    }

    private AwsSettings Settings(AwsKeys keys) => fixture.Settings(keys);
}
