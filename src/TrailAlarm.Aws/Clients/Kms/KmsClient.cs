using System.Text.Json.Serialization;
using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.Kms.KmsJsonContext;

namespace TrailAlarm.Aws.Kms;

// Shapes from botocore kms/2014-11-01 (awsJson1_1, target TrentService, PascalCase): the reads the audit needs and
// the key-policy write of a fix.

public sealed record DescribeKeyRequest(string KeyId);

public sealed record KeyMetadata
{
    public string? KeyId { get; init; }
    public string? Arn { get; init; }

    /// <summary>AWS or CUSTOMER.</summary>
    public string? KeyManager { get; init; }
}

public sealed record DescribeKeyResponse
{
    public KeyMetadata? KeyMetadata { get; init; }
}

public sealed record GetKeyPolicyRequest(string KeyId, string PolicyName = "default");

public sealed record GetKeyPolicyResponse
{
    public string? Policy { get; init; }
    public string? PolicyName { get; init; }
}

/// <summary>PutKeyPolicy replaces the key's whole policy; "default" is the only policy name a key has.</summary>
public sealed record PutKeyPolicyRequest(string KeyId, string Policy, string PolicyName = "default");

public sealed record CreateKeyRequest
{
    public string? Policy { get; init; }
    public string? Description { get; init; }
}

public sealed record EmptyResponse;

public sealed record CreateKeyResponse
{
    public KeyMetadata? KeyMetadata { get; init; }
}

/// <summary>AWS KMS: which key an id or alias names, its key policy, and (for tests and fixes) creating a key.</summary>
public sealed class KmsClient : AwsServiceClient
{
    internal KmsClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<DescribeKeyResponse> DescribeKeyAsync(DescribeKeyRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeKey", request, J.Default.DescribeKeyRequest, J.Default.DescribeKeyResponse, cancellationToken);

    public Task<CreateKeyResponse> CreateKeyAsync(CreateKeyRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("CreateKey", request, J.Default.CreateKeyRequest, J.Default.CreateKeyResponse, cancellationToken);

    public Task<GetKeyPolicyResponse> GetKeyPolicyAsync(GetKeyPolicyRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("GetKeyPolicy", request, J.Default.GetKeyPolicyRequest, J.Default.GetKeyPolicyResponse, cancellationToken);

    public async Task<bool> PutKeyPolicyAsync(PutKeyPolicyRequest request, CancellationToken cancellationToken = default)
    {
        await JsonAsync("PutKeyPolicy", request, J.Default.PutKeyPolicyRequest, J.Default.EmptyResponse, cancellationToken).ConfigureAwait(false);
        return true;
    }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DescribeKeyRequest))]
[JsonSerializable(typeof(DescribeKeyResponse))]
[JsonSerializable(typeof(GetKeyPolicyRequest))]
[JsonSerializable(typeof(GetKeyPolicyResponse))]
[JsonSerializable(typeof(PutKeyPolicyRequest))]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(CreateKeyRequest))]
[JsonSerializable(typeof(CreateKeyResponse))]
internal sealed partial class KmsJsonContext : JsonSerializerContext;
