using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>What happened to each change of an applied plan.</summary>
public sealed record ApplyReport(IReadOnlyList<(string Address, string Phase)> Changes, IReadOnlyList<string> Pending);

/// <summary>
/// Applies a plan change by change. Right before each change its preconditions are read again from AWS; the journal
/// gets the intent (with the exact state before and how to undo it) before the call and the outcome after it, each
/// time flushed to disk, so a killed apply can be resumed (apply again converges) or rolled back.
/// </summary>
public sealed class Applier(AwsSession session, CallGate gate, TimeProvider time)
{
    private readonly ResourceProbe probe = new(session, gate);

    /// <exception cref="AccountMovedException">the account no longer matches the plan (exit 4).</exception>
    public async Task<ApplyReport> ApplyAsync(Plan plan, string journalPath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var journal = new JournalWriter(journalPath, plan.Account, time);
        var writer = new ResourceWriter(session, gate, probe, plan.Account);
        var results = new List<(string, string)>();
        var pending = new List<string>();
        foreach (var change in plan.Changes)
        {
            await CheckReusedAsync(plan, ct).ConfigureAwait(false);
            var current = await probe.ReadAsync(change.Kind, change.Region, change.Attributes, ct).ConfigureAwait(false);
            var unfinished = journal.Unfinished(change.Address);
            if (unfinished is null && IsDone(change, current))
            {
                if (change.Kind == ResourceKinds.DeliveryRole)
                {
                    // A role that exists may lack its policy (an apply killed between the two calls, journalled
                    // elsewhere): put the policy again, which changes nothing when it is there; nothing to undo.
                    var again = journal.Record(change, JournalPhases.Intent, current, InverseActions.None);
                    await writer.ApplyAsync(change, current, ct).ConfigureAwait(false);
                    journal.Complete(again, JournalPhases.AlreadyDone, new Dictionary<string, string>(), null);
                }
                else
                {
                    journal.Record(change, JournalPhases.AlreadyDone, current, InverseActions.None);
                }

                results.Add((change.Address, JournalPhases.AlreadyDone));
                continue;
            }

            if (unfinished is null && !HoldsPrecondition(change, current, out var why))
            {
                throw new AccountMovedException(change.Address, $"the account changed since the plan was made: {change.Address}: {why}; nothing more was changed (make a new plan)");
            }

            var inverse = change.Action == ChangeActions.Create && change.Kind != ResourceKinds.TopicPolicy ? InverseActions.Delete : InverseActions.Restore;
            // Resuming our own interrupted change: its first intent keeps the true before-state, and every writer
            // is idempotent, so the change is simply carried out again.
            var sequence = unfinished?.Sequence ?? journal.Record(change, JournalPhases.Intent, current, inverse);
            try
            {
                var outcome = await writer.ApplyAsync(change, current, ct).ConfigureAwait(false);
                journal.Complete(sequence, JournalPhases.Done, outcome, null);
                if (outcome.TryGetValue("subscriptionArn", out var arn) && !arn.StartsWith("arn:", StringComparison.Ordinal))
                {
                    pending.Add($"{change.Attribute(Attr.Protocol)}:{change.Attribute(Attr.Endpoint)} must confirm its subscription to {change.Attribute(Attr.TopicArn)}");
                }
            }
            catch (AwsApiException e)
            {
                journal.Complete(sequence, JournalPhases.Failed, new Dictionary<string, string>(), e.Message);
                throw;
            }

            results.Add((change.Address, JournalPhases.Done));
        }

        return new ApplyReport(results, pending);
    }

    private async Task CheckReusedAsync(Plan plan, CancellationToken ct)
    {
        foreach (var p in plan.Preconditions.Where(p => p.Expect == Precondition.Exists))
        {
            if (await probe.ReadAsync(p.Kind, p.Region, p.Attributes, ct).ConfigureAwait(false) is null)
            {
                throw new AccountMovedException(p.Address, $"the account changed since the plan was made: {p.Description} no longer holds; nothing more was changed (make a new plan)");
            }
        }
    }

    private static bool IsDone(Change change, ResourceState? current) => current is not null && change.Kind switch
    {
        ResourceKinds.TopicPolicy => TopicPolicyMerge.HasStatement(current.Raw),
        ResourceKinds.Topic or ResourceKinds.Subscription or ResourceKinds.LogGroup or ResourceKinds.DeliveryRole => true,
        _ => ResourceAttributes.Match(change.After!, current.Attributes),
    };

    private static bool HoldsPrecondition(Change change, ResourceState? current, out string why)
    {
        if (change.Kind == ResourceKinds.TopicPolicy && change.Action == ChangeActions.Create)
        {
            why = "its topic does not exist";
            return current is not null;
        }

        if (change.Action == ChangeActions.Create)
        {
            why = "it now exists, with other settings than planned";
            return current is null;
        }

        if (current is null)
        {
            why = "it no longer exists";
            return false;
        }

        why = ResourceAttributes.Differences(change.Before!, current.Attributes);
        return ResourceAttributes.Match(change.Before!, current.Attributes);
    }
}
