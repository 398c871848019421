using System.Text;
using TrailAlarm.Aws.Iam;
using TrailAlarm.Testing;

namespace TrailAlarm.Aws.Tests.Signing;

/// <summary>A moto_server of its own with signature and IAM checking switched on (POST /moto-api/reset-auth). That
/// switch is global to a moto process, so this must not be the collection's shared server. Before switching it on,
/// it creates an IAM user with an allow-all policy and keys, and a role that user may assume.</summary>
public sealed class AuthMotoFixture : IAsyncLifetime, IDisposable
{
    private const string AllowAll = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
    private const string TrustAnyone = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}""";

    public MotoServer Moto { get; } = new();

    public AwsKeys UserKeys { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var seeding = await AwsSession.CreateAsync(Settings(MotoAws.TestKeys));
        var iam = seeding.Iam();
        await iam.CreateUserAsync("signer");
        await iam.PutUserPolicyAsync(new PutUserPolicyRequest("signer", "all", AllowAll));
        UserKeys = (await iam.CreateAccessKeyAsync("signer")).Keys!;
        await iam.CreateRoleAsync(new CreateRoleRequest { RoleName = "signer-role", AssumeRolePolicyDocument = TrustAnyone });
        await iam.PutRolePolicyAsync(new PutRolePolicyRequest("signer-role", "all", AllowAll));

        using var http = new HttpClient();
        using var body = new StringContent("0", Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(new Uri(Moto.Endpoint, "/moto-api/reset-auth"), body);
        response.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Moto.Dispose();

    public AwsSettings Settings(AwsKeys keys) => new()
    {
        EndpointUrl = Moto.Endpoint,
        Region = "us-east-1",
        Credentials = keys,
        MaxAttempts = 2,
    };
}
