using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Controls;

/// <summary>Evaluates catalogue controls over account snapshots: one finding per control per account.</summary>
public sealed class ControlEvaluator
{
    private readonly IReadOnlyList<Control> controls;
    private readonly Func<Control, ControlSamples> samplesFor;
    private readonly AcceptedVariants accepted;
    private readonly Dictionary<string, MetricFilterAlarmControl> metricControls = [];

    /// <param name="samplesFor">The required and other sample events of a metric-filter control.</param>
    /// <param name="accepted">Documented deviations from the benchmark that PASS with a note; none when null.</param>
    public ControlEvaluator(IReadOnlyList<Control> controls, Func<Control, ControlSamples> samplesFor, AcceptedVariants? accepted = null)
    {
        this.controls = controls;
        this.samplesFor = samplesFor;
        this.accepted = accepted ?? AcceptedVariants.None;
    }

    public IReadOnlyList<Finding> Evaluate(IEnumerable<AccountSnapshot> snapshots)
        => snapshots.SelectMany(s => controls.Select(c => Evaluate(c, s))).ToList();

    public Finding Evaluate(Control control, AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Regions.Count == 0)
        {
            var gap = snapshot.AccountGap();
            var why = gap is null ? $"no region of account {snapshot.Account} was read" : $"account {snapshot.Account} could not be read: {gap}";
            var chain = Chain.Start(gap?.Region ?? "", $"arn:{snapshot.Partition}:iam::{snapshot.Account}:root").Unknown(StepNames.Account, why);
            return FindingFactory.Of(control, snapshot, Status.Unknown, chain, why);
        }

        return control.Kind switch
        {
            ControlKinds.MetricFilterAlarm => MetricControl(control).Evaluate(snapshot),
            ControlKinds.ConfigRecorder => ConfigRecorderControl.Evaluate(control, snapshot),
            _ => throw new InvalidOperationException($"control {control.Id} has kind '{control.Kind}', which this version cannot evaluate"),
        };
    }

    private MetricFilterAlarmControl MetricControl(Control control)
    {
        if (!metricControls.TryGetValue(control.Id, out var evaluator))
        {
            evaluator = new MetricFilterAlarmControl(control, samplesFor(control), accepted);
            metricControls[control.Id] = evaluator;
        }

        return evaluator;
    }
}
