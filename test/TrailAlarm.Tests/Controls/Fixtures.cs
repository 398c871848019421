using System.Runtime.CompilerServices;
using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.Snapshot;

namespace TrailAlarm.Tests.Controls;

/// <summary>Loads the snapshot JSON files in test/TrailAlarm.Tests/Snapshots and evaluates controls over them.</summary>
internal static class Fixtures
{
    public const string CloudTrailControl = "cloudtrail-changes-monitored";
    public const string ConfigChangesControl = "config-changes-monitored";
    public const string ConfigRecorderControl = "config-records-cloudtrail";

    private static readonly ControlEvaluator Evaluator = new(ControlCatalogue.Default.Controls, ControlSamples.For);

    public static AccountSnapshot Load(string name) => SnapshotFile.Load(Path.Combine(Folder(), name + ".json")).Accounts.Single();

    public static AccountSnapshot Compliant => Load("compliant");

    public static Finding Audit(AccountSnapshot snapshot, string controlId = CloudTrailControl)
        => Evaluator.Evaluate(ControlCatalogue.Default.Find(controlId)!, snapshot);

    public static Step StepNamed(this Finding finding, string name) => finding.Steps.Single(s => s.Name == name);

    public static AccountSnapshot WithTrail(this AccountSnapshot s, Func<Trail, Trail> change) => s with { Trails = [change(s.Trails[0])] };

    public static AccountSnapshot WithAlarms(this AccountSnapshot s, Func<MetricAlarm, MetricAlarm> change) => s with { Alarms = s.Alarms.Select(change).ToList() };

    public static AccountSnapshot WithFilter(this AccountSnapshot s, string pattern) => s with
    {
        MetricFilters = s.MetricFilters.Select(f => f.FilterName == "cloudtrail-changes" ? f with { Pattern = pattern } : f).ToList(),
    };

    public static AccountSnapshot WithTopic(this AccountSnapshot s, Func<SnsTopic, SnsTopic> change) => s with { Topics = s.Topics.Select(change).ToList() };

    private static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "..", "Snapshots");
}
