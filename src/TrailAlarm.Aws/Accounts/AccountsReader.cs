using TrailAlarm.Aws.Snapshot;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Aws.Accounts;

/// <summary>
/// Reads the selected accounts into snapshots, a bounded number at once. An account whose role cannot be assumed, or
/// whose regions cannot be listed, becomes a snapshot with only that gap (its findings are UNKNOWN); the others go on.
/// </summary>
public static class AccountsReader
{
    /// <exception cref="AwsApiException">the caller's identity or the organisation's accounts could not be read.</exception>
    public static async Task<IReadOnlyList<AccountSnapshot>> ReadAsync(
        AwsSession session,
        AccountSelection selection,
        IReadOnlyList<string>? regions,
        TimeProvider time,
        int maxAccountsAtOnce,
        IProgress<AccountProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(selection);
        var caller = (await session.Sts().GetCallerIdentityAsync(ct).ConfigureAwait(false)).Account;
        var targets = await TargetsAsync(session, selection, caller, ct).ConfigureAwait(false);
        using var gate = new SemaphoreSlim(Math.Max(1, maxAccountsAtOnce));
        var done = 0;
        var reads = targets.Select(async account =>
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                return await ReadOneAsync(session, account, account == caller ? null : selection.RoleName, regions, time, ct).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
                progress?.Report(new AccountProgress(Interlocked.Increment(ref done), targets.Count, account));
            }
        });
        return await Task.WhenAll(reads).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<string>> TargetsAsync(AwsSession session, AccountSelection selection, string caller, CancellationToken ct)
    {
        if (selection.WholeOrganization)
        {
            var accounts = await session.Organizations().ListAllAccountsAsync(null, ct).ConfigureAwait(false);
            var active = accounts.Where(a => a.Id is not null && (a.Status ?? a.State ?? "ACTIVE") == "ACTIVE").Select(a => a.Id!).Order(StringComparer.Ordinal).ToList();
            return active.Count > 0 ? active : [caller];
        }

        return selection.Ids.Count > 0 ? selection.Ids : [caller];
    }

    private static async Task<AccountSnapshot> ReadOneAsync(AwsSession caller, string account, string? roleName, IReadOnlyList<string>? regions, TimeProvider time, CancellationToken ct)
    {
        AwsSession? assumed = null;
        try
        {
            if (roleName is not null)
            {
                try
                {
                    assumed = await caller.AssumeRoleAsync(account, roleName, cancellationToken: ct).ConfigureAwait(false);
                }
                catch (AwsApiException e)
                {
                    return Unreadable(account, Calls.AssumeRole, caller.Region, e, time, caller.Partition.RoleArn(account, roleName));
                }
            }

            var session = assumed ?? caller;
            var toRead = regions;
            if (toRead is null)
            {
                try
                {
                    toRead = await session.Ec2().EnabledRegionNamesAsync(ct).ConfigureAwait(false);
                }
                catch (AwsApiException e)
                {
                    return Unreadable(account, Calls.DescribeRegions, session.Region, e, time, null);
                }
            }

            return await SnapshotReader.ReadAsync(session, account, toRead, time, ct).ConfigureAwait(false);
        }
        finally
        {
            assumed?.Dispose();
        }
    }

    private static AccountSnapshot Unreadable(string account, string call, string region, AwsApiException e, TimeProvider time, string? resource) => new()
    {
        Account = account,
        TakenAt = time.GetUtcNow(),
        Regions = [],
        Gaps = [new Gap(call, region, e.Code, e.AwsMessage, resource)],
    };
}
