using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Remediation.Kinds;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// Plans one failing metric-filter control: on the log group of a trail that already reaches CloudWatch Logs (or the
/// one --integrate-trail connects), reuse a covering filter or add one, then make one alarm fire into a topic with a
/// subscriber. Existing resources that satisfy a link are reused; ones that almost do are updated, shown as ~.
/// </summary>
internal sealed class MetricControlPlanner(Control control, ControlSamples samples, AccountSnapshot snapshot, FixSettings settings, PlanBuilder plan)
{
    private readonly FilterCoverageCheck coverage = new(control, samples, new AcceptedVariants { HighRiskOnly = settings.HighRiskOnly });
    private readonly IReadOnlyList<RequiredEvent> required = RequiredEvent.From(samples.Required);

    public void Plan()
    {
        if (LogGroup() is not { } target)
        {
            return;
        }

        var (region, logGroup) = target;
        if (Filter(region, logGroup) is not { } metric)
        {
            return;
        }

        var existingAlarm = snapshot.Alarms.FirstOrDefault(a => a.Region == region && !a.IsMetricMath && AlarmFiring.Watches(a, metric));
        var topicArn = new TopicPlanner(snapshot, settings, plan, control.Id).Plan(region, existingAlarm);
        Alarm(region, metric, existingAlarm, topicArn);
    }

    private (string Region, string LogGroup)? LogGroup()
    {
        var chain = TrailChains.All(snapshot, required).FirstOrDefault(c => c.Status == Status.Pass);
        if (chain is not null)
        {
            var name = ArnParts.TryParse(chain.Resource, out var arn) ? arn.LogGroupName ?? chain.Resource : chain.Resource;
            plan.RequireExists(ResourceKinds.Address(ResourceKinds.LogGroup, name), ResourceKinds.LogGroup, chain.Region,
                new Dictionary<string, string> { [Attr.Region] = chain.Region, [Attr.LogGroupName] = name }, $"log group {name} in {chain.Region} still exists");
            return (chain.Region, name);
        }

        if (settings.IntegrateTrail && TrailIntegrationPlanner.Candidate(snapshot, required) is { } trail)
        {
            return TrailIntegrationPlanner.Plan(trail, snapshot, settings, plan, control.Id);
        }

        var why = TrailChains.All(snapshot, required).Select(c => c.Stopper?.Detail).FirstOrDefault(d => d is not null) ?? "no trail reaches CloudWatch Logs";
        if (settings.IntegrateTrail || TrailIntegrationPlanner.Candidate(snapshot, required) is null)
        {
            plan.Unplanned(control.Id, $"{why}; and no multi-region, logging trail of this account with the right event selectors lacks only its CloudWatch Logs link, so --integrate-trail cannot connect one");
        }
        else
        {
            plan.Unplanned(control.Id, $"cannot be fixed by adding a filter and an alarm: {why}", "--integrate-trail (connects a multi-region, logging trail to a new log group)");
        }

        return null;
    }

    private MetricTransformation? Filter(string region, string logGroup)
    {
        var onGroup = snapshot.MetricFilters.Where(f => f.Region == region && f.LogGroupName == logGroup).ToList();
        // A filter that publishes dimensions is not reused: an alarm on its metric would have to pick dimension values.
        var covering = onGroup.FirstOrDefault(f => f.Transformations.Count > 0 && f.Transformations[0].Dimensions.Count == 0 && coverage.Judge(f).Status == Status.Pass);
        if (covering is not null)
        {
            return covering.Transformations[0];
        }

        var name = control.DefaultMetricName ?? control.Id;
        var metric = new MetricTransformation { MetricName = name, MetricNamespace = settings.Namespace, MetricValue = "1" };
        var pattern = settings.HighRiskOnly && control.HighRisk is { } variant ? variant.Pattern : control.ReferencePattern!;
        var same = onGroup.FirstOrDefault(f => f.FilterName == name);
        if (same is { Transformations: [{ Dimensions.Count: > 0 }, ..] })
        {
            plan.Unplanned(control.Id, $"filter '{name}' on {logGroup} in {region} publishes dimensions, so no alarm can watch all of its data; it is left alone",
                "remove its dimensions or rename it, then plan again");
            return null;
        }

        // An update replaces the filter, so it carries what the filter has beyond the CIS fields (default value,
        // unit, field selection, ...) and a put or an exported script keeps them.
        var before = same is null ? null : FilterAttributes(same);
        var after = FilterSpec.Of(same) is { } kept
            ? (kept with { Pattern = pattern, MetricName = metric.MetricName, MetricNamespace = metric.MetricNamespace, MetricValue = metric.MetricValue }).Attributes(region)
            : new FilterSpec { LogGroupName = logGroup, FilterName = name, Pattern = pattern, MetricName = metric.MetricName, MetricNamespace = metric.MetricNamespace, MetricValue = metric.MetricValue }.Attributes(region);
        plan.Add(new Change
        {
            Action = same is null ? ChangeAction.Create : ChangeAction.Update,
            Address = ResourceKinds.Address(ResourceKinds.MetricFilter, control.Id),
            Kind = ResourceKinds.MetricFilter,
            Region = region,
            Before = before,
            After = after,
            Because = [control.Id],
        });
        return metric;
    }

    internal static Dictionary<string, string> FilterAttributes(MetricFilter filter) => FilterSpec.Of(filter)!.Attributes(filter.Region);

    private void Alarm(string region, MetricTransformation metric, MetricAlarm? existing, string topicArn)
    {
        var name = existing?.Name
            ?? (settings.AlarmNames.TryGetValue(control.Id, out var chosen) ? chosen : control.DefaultAlarmName ?? control.Id);
        existing ??= snapshot.Alarms.FirstOrDefault(a => a.Region == region && a.Name == name);
        if (existing is { IsMetricMath: true })
        {
            plan.Unplanned(control.Id, $"alarm '{name}' uses metric math and is left alone", $"--alarm-name {control.Id}=NAME (creates another alarm)");
            return;
        }

        // An alarm that watches the metric is being fixed and keeps its actions; one found only by name watches
        // something else and is repurposed (shown as ~), so its old actions go.
        var keep = existing is not null && existing.MetricName == metric.MetricName ? existing.AlarmActions : [];
        var after = AlarmSpec.Desired(region, name, metric, [.. keep, topicArn], existing);
        var before = existing is null ? null : AlarmSpec.Of(existing);
        if (before is not null && before.Count == after.Count && !before.Except(after).Any())
        {
            return;
        }

        plan.Add(new Change
        {
            Action = existing is null ? ChangeAction.Create : ChangeAction.Update,
            Address = ResourceKinds.Address(ResourceKinds.Alarm, control.Id),
            Kind = ResourceKinds.Alarm,
            Region = region,
            Before = before,
            After = after,
            Because = [control.Id],
        });
    }
}
