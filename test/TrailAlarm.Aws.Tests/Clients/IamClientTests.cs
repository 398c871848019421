using TrailAlarm.Aws.Iam;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Clients;

[Collection(MotoCollection.Name)]
public class IamClientTests(MotoServer moto)
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    private const string Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}""";

    [Fact]
    public async Task Role_is_created_read_back_with_its_decoded_trust_policy_and_deleted()
    {
        using var session = await MotoAws.NewAccountAsync(moto, out var account);
        var iam = session.Iam();

        var created = await iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "ct-logs", AssumeRolePolicyDocument = Trust, Description = "CloudTrail to Logs" });
        await iam.PutRolePolicyAsync(new("ct-logs", "deliver", Policy));
        var read = (await iam.GetRoleAsync("ct-logs")).Role!;

        Assert.Equal($"arn:aws:iam::{account}:role/ct-logs", created.Role!.Arn);
        Assert.Equal("ct-logs", read.RoleName);
        Assert.Contains("cloudtrail.amazonaws.com", read.AssumeRolePolicyDocument);
        Assert.NotNull(read.CreateDate);

        await iam.DeleteRolePolicyAsync(new("ct-logs", "deliver"));
        await iam.DeleteRoleAsync("ct-logs");
        var error = await Assert.ThrowsAsync<AwsApiException>(() => iam.GetRoleAsync("ct-logs"));
        Assert.Equal("NoSuchEntity", error.Code);
        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
        Assert.Equal("iam:GetRole", error.Call);
    }

    [Fact]
    public async Task Deleting_a_policy_of_a_missing_role_is_not_found()
    {
        using var session = await MotoAws.NewAccountAsync(moto);

        var error = await Assert.ThrowsAsync<AwsApiException>(() => session.Iam().DeleteRolePolicyAsync(new("absent", "p")));

        Assert.Equal(AwsErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Iam_is_global_so_every_region_sees_the_same_roles()
    {
        using var session = await MotoAws.NewAccountAsync(moto, "ap-northeast-1");
        await session.Iam().CreateRoleAsync(new CreateRoleRequest { RoleName = "global", AssumeRolePolicyDocument = Trust });

        Assert.Equal("us-east-1", session.Iam().Region);
        Assert.Equal("global", (await session.Iam().GetRoleAsync("global")).Role!.RoleName);
    }
}
