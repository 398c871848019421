using System.Text.Json;
using Xunit;
using static TrailAlarm.FilterPatterns.Tests.CloudTrailRecord;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>Each CIS AWS Foundations 4.1-4.15 monitoring pattern against events it must and must not fire on.</summary>
public sealed class CisPatternTests
{
    private static readonly Lazy<Dictionary<string, string>> Patterns = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedFiles.Path("specs", "cis-monitoring-patterns.json")));
        return doc.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("pattern").ValueKind == JsonValueKind.String)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("pattern").GetString()!);
    });

    public static TheoryData<string, string, bool, string> Cases() => new()
    {
        { "4.1", "unauthorized EC2 call", true, With(("errorCode", "\"Client.UnauthorizedOperation\""), ("errorMessage", "\"You are not authorized to perform this operation.\"")) },
        { "4.1", "access denied on S3 GetObject", true, Call("s3.amazonaws.com", "GetObject", ("errorCode", "\"AccessDenied\"")) },
        { "4.1", "access denied on HeadBucket is excluded", false, Call("s3.amazonaws.com", "HeadBucket", ("errorCode", "\"AccessDenied\"")) },
        { "4.1", "access denied to the log delivery service is excluded", false, Call("s3.amazonaws.com", "PutObject", ("errorCode", "\"AccessDenied\""), ("sourceIPAddress", "\"delivery.logs.amazonaws.com\"")) },
        { "4.1", "successful call", false, With() },
        { "4.2", "console sign-in without MFA", true, Call("signin.amazonaws.com", "ConsoleLogin", ("additionalEventData", """{"MFAUsed":"No","MobileVersion":"No"}"""), ("responseElements", """{"ConsoleLogin":"Success"}""")) },
        { "4.2", "console sign-in with MFA", false, Call("signin.amazonaws.com", "ConsoleLogin", ("additionalEventData", """{"MFAUsed":"Yes"}""")) },
        { "4.2", "console sign-in without an MFAUsed key (!= needs the field)", false, Call("signin.amazonaws.com", "ConsoleLogin", ("additionalEventData", """{"MobileVersion":"No"}""")) },
        { "4.3", "root user API call", true, With(("userIdentity", """{"type":"Root","principalId":"111122223333","arn":"arn:aws:iam::111122223333:root","accountId":"111122223333"}""")) },
        { "4.3", "root call invoked by a service", false, With(("userIdentity", """{"type":"Root","invokedBy":"support.amazonaws.com","accountId":"111122223333"}""")) },
        { "4.3", "AWS service event for the root user", false, With(("userIdentity", """{"type":"Root","accountId":"111122223333"}"""), ("eventType", "\"AwsServiceEvent\"")) },
        { "4.3", "IAM user call", false, With() },
        { "4.4", "inline role policy written", true, Call("iam.amazonaws.com", "PutRolePolicy", ("requestParameters", """{"roleName":"app","policyName":"p"}""")) },
        { "4.4", "policy read", false, Call("iam.amazonaws.com", "GetRolePolicy") },
        { "4.5", "trail logging stopped", true, Call("cloudtrail.amazonaws.com", "StopLogging", ("requestParameters", """{"name":"org-audit"}""")) },
        { "4.5", "trail created", true, Call("cloudtrail.amazonaws.com", "CreateTrail") },
        { "4.5", "trail status read", false, Call("cloudtrail.amazonaws.com", "GetTrailStatus") },
        { "4.5", "event lookup mentioning StopLogging in its parameters", false, Call("cloudtrail.amazonaws.com", "LookupEvents", ("requestParameters", """{"lookupAttributes":[{"attributeKey":"EventName","attributeValue":"StopLogging"}]}""")) },
        { "4.6", "failed console authentication", true, Call("signin.amazonaws.com", "ConsoleLogin", ("errorMessage", "\"Failed authentication\""), ("responseElements", """{"ConsoleLogin":"Failure"}""")) },
        { "4.6", "successful console sign-in", false, Call("signin.amazonaws.com", "ConsoleLogin", ("responseElements", """{"ConsoleLogin":"Success"}""")) },
        { "4.7", "KMS key deletion scheduled", true, Call("kms.amazonaws.com", "ScheduleKeyDeletion", ("requestParameters", """{"keyId":"1234abcd-12ab-34cd-56ef-1234567890ab","pendingWindowInDays":7}""")) },
        { "4.7", "KMS key disabled", true, Call("kms.amazonaws.com", "DisableKey") },
        { "4.7", "KMS decrypt", false, Call("kms.amazonaws.com", "Decrypt") },
        { "4.7", "DisableKey from another service", false, Call("payment-cryptography.amazonaws.com", "DisableKey") },
        { "4.8", "bucket policy changed", true, Call("s3.amazonaws.com", "PutBucketPolicy", ("requestParameters", """{"bucketName":"data","bucketPolicy":{"Version":"2012-10-17"}}""")) },
        { "4.8", "bucket policy read", false, Call("s3.amazonaws.com", "GetBucketPolicy") },
        { "4.8", "S3 on Outposts is another event source", false, Call("s3-outposts.amazonaws.com", "PutBucketPolicy") },
        { "4.9", "configuration recorder stopped", true, Call("config.amazonaws.com", "StopConfigurationRecorder", ("requestParameters", """{"configurationRecorderName":"default"}""")) },
        { "4.9", "configuration recorder started", false, Call("config.amazonaws.com", "StartConfigurationRecorder") },
        { "4.10", "security group ingress opened", true, Call("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress") },
        { "4.10", "security groups listed", false, Call("ec2.amazonaws.com", "DescribeSecurityGroups") },
        { "4.11", "network ACL entry added", true, Call("ec2.amazonaws.com", "CreateNetworkAclEntry") },
        { "4.11", "network ACLs listed", false, Call("ec2.amazonaws.com", "DescribeNetworkAcls") },
        { "4.12", "internet gateway attached", true, Call("ec2.amazonaws.com", "AttachInternetGateway") },
        { "4.12", "internet gateways listed", false, Call("ec2.amazonaws.com", "DescribeInternetGateways") },
        { "4.13", "route created", true, Call("ec2.amazonaws.com", "CreateRoute") },
        { "4.13", "route tables listed", false, Call("ec2.amazonaws.com", "DescribeRouteTables") },
        { "4.14", "VPC attribute modified", true, Call("ec2.amazonaws.com", "ModifyVpcAttribute") },
        { "4.14", "VPCs listed", false, Call("ec2.amazonaws.com", "DescribeVpcs") },
        { "4.15", "account leaves the organization", true, Call("organizations.amazonaws.com", "LeaveOrganization") },
        { "4.15", "organization accounts listed", false, Call("organizations.amazonaws.com", "ListAccounts") },
        { "4.15", "IAM CreatePolicy is not an organizations change", false, Call("iam.amazonaws.com", "CreatePolicy") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cis_pattern_fires_exactly_on_the_events_it_targets(string item, string situation, bool fires, string record)
    {
        var pattern = FilterPattern.Parse(Patterns.Value[item]);
        Assert.True(pattern.Success, $"CIS {item} does not parse: {pattern.Error}");
        Assert.True(fires == pattern.Pattern!.Matches(record), $"CIS {item}, {situation}: expected {(fires ? "a match" : "no match")}");
    }

    [Fact]
    public void Every_cis_item_from_4_1_to_4_15_has_a_firing_and_a_silent_case()
    {
        var cases = Cases().Select(row => ((string)row[0], (bool)row[2])).ToList();
        for (int i = 1; i <= 15; i++)
        {
            var item = $"4.{i}";
            Assert.Contains((item, true), cases);
            Assert.Contains((item, false), cases);
        }
    }

    [Fact]
    public void The_v1_4_variant_of_4_1_joined_by_or_fires_on_almost_everything()
    {
        var loose = FilterPattern.Parse("{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") || ($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") || ($.eventName!=\"HeadBucket\") }").Pattern!;
        Assert.True(loose.Matches(With()));
        Assert.False(FilterPattern.Parse(Patterns.Value["4.1"]).Pattern!.Matches(With()));
    }
}
