using TrailAlarm.Remediation;

namespace TrailAlarm.Aws.Apply;

/// <summary>What happened to each change of an applied plan, and the subscriptions that still wait for confirmation.</summary>
public sealed record ApplyReport(IReadOnlyList<(string Address, JournalPhase Phase)> Changes, IReadOnlyList<string> Pending);

/// <summary>
/// Applies a plan change by change. Right before each change its preconditions are read again from AWS; the journal
/// gets the intent (with the exact state before and how to undo it) before the call and the outcome after it, each
/// time flushed to disk, so a killed apply can be resumed (apply again converges) or rolled back.
/// </summary>
public sealed class Applier(AwsSession session, CallGate gate, TimeProvider time)
{
    /// <exception cref="AccountMovedException">the account no longer matches the plan (exit 4).</exception>
    public async Task<ApplyReport> ApplyAsync(Plan plan, string journalPath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var handlers = new KindHandlers(session, gate, plan.Account);
        var journal = new JournalWriter(journalPath, plan.Account, time);
        var results = new List<(string, JournalPhase)>();
        var pending = new List<string>();
        foreach (var change in plan.Changes)
        {
            await CheckReusedAsync(handlers, plan, ct).ConfigureAwait(false);
            var handler = handlers.For(change.Kind);
            var current = await handler.ReadAsync(change.Region, change.Attributes, ct).ConfigureAwait(false);
            var unfinished = journal.Unfinished(change.Address);
            if (unfinished is null && current is not null && handler.IsDone(change, current))
            {
                if (handler.RepeatWhenDone)
                {
                    var again = journal.Record(change, JournalPhase.Intent, current, InverseAction.None);
                    await handler.WriteAsync(change, current, ct).ConfigureAwait(false);
                    journal.Complete(again, JournalPhase.AlreadyDone, new Dictionary<string, string>(), null);
                }
                else
                {
                    journal.Record(change, JournalPhase.AlreadyDone, current, InverseAction.None);
                }

                results.Add((change.Address, JournalPhase.AlreadyDone));
                continue;
            }

            if (unfinished is null && handler.Refusal(change, current) is { } why)
            {
                throw new AccountMovedException(change.Address, $"the account changed since the plan was made: {change.Address}: {why}; nothing more was changed (make a new plan)");
            }

            // Resuming our own interrupted change: its first intent keeps the true before-state, and every write
            // is idempotent (create-if-missing, or a put of the complete definition), so it is simply made again.
            var sequence = unfinished?.Sequence ?? journal.Record(change, JournalPhase.Intent, current, handler.InverseOf(change));
            try
            {
                var outcome = await handler.WriteAsync(change, current, ct).ConfigureAwait(false);
                journal.Complete(sequence, JournalPhase.Done, outcome, null);
                if (outcome.TryGetValue(SubscriptionHandler.PendingOutcome, out var isPending) && isPending == "true")
                {
                    pending.Add($"{change.Attribute(Attr.Protocol)}:{change.Attribute(Attr.Endpoint)} must confirm its subscription to {change.Attribute(Attr.TopicArn)}; until then nobody is told");
                }
            }
            catch (AwsApiException e)
            {
                journal.Complete(sequence, JournalPhase.Failed, new Dictionary<string, string>(), e.Message);
                throw;
            }

            results.Add((change.Address, JournalPhase.Done));
        }

        return new ApplyReport(results, pending);
    }

    private static async Task CheckReusedAsync(KindHandlers handlers, Plan plan, CancellationToken ct)
    {
        foreach (var p in plan.Preconditions.Where(p => p.Expect == Precondition.Exists))
        {
            if (await handlers.For(p.Kind).ReadAsync(p.Region, p.Attributes, ct).ConfigureAwait(false) is null)
            {
                throw new AccountMovedException(p.Address, $"the account changed since the plan was made: {p.Description} no longer holds; nothing more was changed (make a new plan)");
            }
        }
    }
}
