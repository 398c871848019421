using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Remediation;

/// <summary>
/// Computes the plan that makes the failing controls pass, from a snapshot and the fix options. Pure: the same
/// snapshot and settings always give the same plan, and a snapshot taken after applying it gives no changes.
/// </summary>
public sealed class Planner
{
    private readonly IReadOnlyList<Control> catalogue;
    private readonly Func<Control, ControlSamples> samplesFor;
    private readonly ControlEvaluator evaluator;
    private readonly ControlEvaluator highRiskEvaluator;

    public Planner(IReadOnlyList<Control> catalogue, Func<Control, ControlSamples> samplesFor)
    {
        this.catalogue = catalogue;
        this.samplesFor = samplesFor;
        evaluator = new ControlEvaluator(catalogue, samplesFor);
        highRiskEvaluator = new ControlEvaluator(catalogue, samplesFor, new AcceptedVariants { HighRiskOnly = true });
    }

    /// <summary>A planner over the embedded catalogue and its sample events.</summary>
    public static Planner Default() => new(ControlCatalogue.Default.Controls, ControlSamples.For);

    /// <exception cref="ArgumentException">a control named in the settings is not in the catalogue.</exception>
    public Plan Plan(AccountSnapshot snapshot, FixSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        var plan = new PlanBuilder();
        foreach (var control in Selected(settings))
        {
            var finding = (settings.HighRiskOnly ? highRiskEvaluator : evaluator).Evaluate(control, snapshot);
            if (finding.Status is Status.Pass or Status.NotApplicable)
            {
                continue;
            }

            if (finding.Status == Status.Unknown)
            {
                plan.Note($"{control.Id}: not planned, because it could not be evaluated: {finding.Reason}");
                continue;
            }

            switch (control.Kind)
            {
                case ControlKinds.MetricFilterAlarm:
                    new MetricControlPlanner(control, samplesFor(control), snapshot, settings, plan).Plan();
                    break;
                case ControlKinds.ConfigRecorder when settings.FixConfigRecorder:
                    ConfigRecorderPlanner.Plan(snapshot, settings, plan, control.Id);
                    break;
                case ControlKinds.ConfigRecorder:
                    plan.Unplanned(control.Id, finding.Reason, "--fix-config-recorder");
                    break;
            }

            if (!plan.Plans(control.Id))
            {
                plan.Unplanned(control.Id, $"{finding.Reason}; no change TrailAlarm can plan fixes this");
            }
        }

        if (settings.HighRiskOnly)
        {
            var without = Selected(settings).Where(c => c.Kind == ControlKinds.MetricFilterAlarm && c.HighRisk is null && plan.Plans(c.Id)).Select(c => c.Id).ToList();
            plan.Note($"--high-risk-only: filters fire only on each control's destructive calls, a documented deviation from the benchmark; audit them with --accept {AcceptedVariants.HighRiskOnlyName}"
                + (without.Count == 0 ? "" : $". {string.Join(", ", without)} {(without.Count == 1 ? "has" : "have")} no high-risk variant and get the benchmark's pattern"));
        }

        return plan.Build(snapshot.Account, snapshot.Partition, now);
    }

    private IEnumerable<Control> Selected(FixSettings settings)
    {
        foreach (var id in settings.Controls)
        {
            if (!catalogue.Any(c => c.Id == id))
            {
                throw new ArgumentException($"--controls: '{id}' is not a control id (see 'trailalarm controls')");
            }
        }

        var metricFirst = catalogue.Where(c => settings.Controls.Count == 0 || settings.Controls.Contains(c.Id));
        return metricFirst.OrderBy(c => c.Kind == ControlKinds.MetricFilterAlarm ? 0 : 1);
    }
}
