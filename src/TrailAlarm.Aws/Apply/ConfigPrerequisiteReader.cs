using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Aws.Apply;

/// <summary>
/// Reads what AWS Config needs before plan writes a recorder or a delivery channel: its service-linked role
/// (iam:GetRole), and the --config-bucket bucket and policy (s3:GetBucketPolicy). A call that fails leaves the
/// answer unknown (null), never guessed. With --create-config-bucket the bucket is read with this account as its
/// expected owner, so that a bucket of that name in another account is never taken for ours.
/// </summary>
internal static class ConfigPrerequisiteReader
{
    public static async Task<ConfigPrerequisites> ReadAsync(AwsSession session, AccountSnapshot snapshot, FixSettings settings, CancellationToken ct)
    {
        var role = RoleExistsAsync(session, ct);
        var owner = settings.CreateConfigBucket ? snapshot.Account : null;
        var bucket = ConfigBucketRules.BucketName(snapshot, settings) is { } name ? ReadBucketAsync(session, name, owner, ct) : Task.FromResult<ConfigBucket?>(null);
        return new ConfigPrerequisites { ServiceLinkedRoleExists = await role.ConfigureAwait(false), Bucket = await bucket.ConfigureAwait(false) };
    }

    private static async Task<bool?> RoleExistsAsync(AwsSession session, CancellationToken ct)
    {
        try
        {
            await session.Iam().GetRoleAsync(ServiceLinkedRoleSpec.ConfigRoleName, ct).ConfigureAwait(false);
            return true;
        }
        catch (AwsApiException e) when (e.Kind == AwsErrorKind.NotFound)
        {
            return false;
        }
        catch (Exception e) when (e is AwsApiException or HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<ConfigBucket?> ReadBucketAsync(AwsSession session, string name, string? expectedOwner, CancellationToken ct)
    {
        try
        {
            return new ConfigBucket { Name = name, Exists = true, Policy = await session.S3().GetBucketPolicyAsync(name, expectedOwner, ct).ConfigureAwait(false) };
        }
        catch (AwsApiException e) when (e.Code == "NoSuchBucketPolicy")
        {
            return new ConfigBucket { Name = name, Exists = true };
        }
        catch (AwsApiException e) when (e.Code == "NoSuchBucket")
        {
            return new ConfigBucket { Name = name, Exists = false };
        }
        catch (AwsApiException e)
        {
            return new ConfigBucket { Name = name, ReadError = $"s3:GetBucketPolicy failed: {e.Code}: {e.AwsMessage}" };
        }
        catch (HttpRequestException e)
        {
            return new ConfigBucket { Name = name, ReadError = $"s3:GetBucketPolicy failed: {e.Message}" };
        }
    }
}
