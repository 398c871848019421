using System.Text.Json.Nodes;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>
/// The compensating control: in every region read, an enabled EventBridge rule on the default bus whose pattern
/// matches every required CloudTrail event and targets an SNS topic with a confirmed subscriber. (A rule only sees the
/// API calls made in its own region, hence one per region.)
/// </summary>
internal static class EventBridgeAlternative
{
    public static Chain? Find(AccountSnapshot snapshot, IReadOnlyList<RequiredEvent> required)
    {
        if (snapshot.Regions.Count == 0)
        {
            return null;
        }

        var steps = new List<Step>();
        Chain? last = null;
        foreach (var region in snapshot.Regions)
        {
            var found = InRegion(snapshot, region, required);
            if (found is null)
            {
                return null;
            }

            steps.AddRange(found.Steps);
            last = found;
        }

        var rules = string.Join(", ", steps.Where(s => s.Name == StepNames.EventBridge).Select(s => s.Detail.Split(' ')[1]).Distinct());
        steps.Add(new Step(StepNames.EventBridge, Status.Pass, $"EventBridge rule(s) {rules} catch every required event in every region read and notify a topic with a confirmed subscriber"));
        return new Chain(steps, last!.Region, last.Resource);
    }

    /// <summary>A failed read of rules or their targets in a region read, or null when every rule was read.</summary>
    public static Gap? UnreadableRules(AccountSnapshot snapshot)
        => snapshot.Regions.Select(r => snapshot.FindGap(Calls.ListRules, r) ?? snapshot.FindGap(Calls.ListTargetsByRule, r)).FirstOrDefault(g => g is not null);

    private static Chain? InRegion(AccountSnapshot snapshot, string region, IReadOnlyList<RequiredEvent> required)
    {
        var rules = snapshot.EventRules.Where(r => r.Region == region && r.EventBusName == "default" && r.State.StartsWith("ENABLED", StringComparison.Ordinal) && r.EventPattern is not null);
        foreach (var rule in rules)
        {
            if (!required.All(e => EventPatternMatcher.Matches(rule.EventPattern!, Envelope(e, snapshot.Account, region))))
            {
                continue;
            }

            foreach (var target in (rule.Targets ?? []).Where(t => ArnParts.TryParse(t, out var arn) && arn.Service == "sns"))
            {
                var chain = Chain.Start(region, rule.Arn ?? rule.Name)
                    .Pass(StepNames.EventBridge, $"rule {rule.Name} in {region} matches every required event and targets {target}");
                chain = NotificationPath.ThroughTopic(chain, target, snapshot, "events.amazonaws.com");
                if (chain.Status == Status.Pass)
                {
                    return chain;
                }
            }
        }

        return null;
    }

    /// <summary>A CloudTrail record as EventBridge delivers it ("AWS API Call via CloudTrail").</summary>
    private static string Envelope(RequiredEvent e, string account, string region)
    {
        var detail = JsonNode.Parse(e.Sample.Json);
        var service = e.Source.Split('.')[0];
        var envelope = new JsonObject
        {
            ["version"] = "0",
            ["detail-type"] = "AWS API Call via CloudTrail",
            ["source"] = "aws." + service,
            ["account"] = account,
            ["region"] = region,
            ["detail"] = detail,
        };
        return envelope.ToJsonString();
    }
}
