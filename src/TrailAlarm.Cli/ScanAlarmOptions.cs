using System.CommandLine;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>The alarm settings a --simulate-alarm run uses: the CIS values unless overridden.</summary>
internal sealed class ScanAlarmOptions
{
    public Option<int> Period { get; } = new("--period") { Description = "Alarm period in seconds (CIS: 300).", DefaultValueFactory = _ => AlarmSettings.Cis.PeriodSeconds };

    public Option<double> Threshold { get; } = new("--threshold") { Description = "Alarm threshold (CIS: 1).", DefaultValueFactory = _ => AlarmSettings.Cis.Threshold };

    public Option<string> Statistic { get; } = new("--statistic") { Description = "Sum, Average, Minimum, Maximum or SampleCount (CIS: Sum).", DefaultValueFactory = _ => "Sum" };

    public Option<string> Comparison { get; } = new("--comparison") { Description = "GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold or LessThanOrEqualToThreshold.", DefaultValueFactory = _ => "GreaterThanOrEqualToThreshold" };

    public Option<int> EvaluationPeriods { get; } = new("--evaluation-periods") { Description = "Periods evaluated (CIS: 1).", DefaultValueFactory = _ => 1 };

    public Option<int?> DatapointsToAlarm { get; } = new("--datapoints-to-alarm") { Description = "Breaching periods needed among them (default: all of them)." };

    public Option<string> TreatMissingData { get; } = new("--treat-missing-data") { Description = "missing, notBreaching, breaching or ignore (CIS alarms: notBreaching).", DefaultValueFactory = _ => "notBreaching" };

    public void AddTo(Command command)
    {
        command.Options.Add(Period);
        command.Options.Add(Threshold);
        command.Options.Add(Statistic);
        command.Options.Add(Comparison);
        command.Options.Add(EvaluationPeriods);
        command.Options.Add(DatapointsToAlarm);
        command.Options.Add(TreatMissingData);
    }

    public AlarmSettings Read(ParseResult parsed)
    {
        var evaluation = parsed.GetValue(EvaluationPeriods);
        var settings = new AlarmSettings(
            Enum<AlarmStatistic>(parsed.GetValue(Statistic)!, "--statistic"),
            parsed.GetValue(Period),
            parsed.GetValue(Threshold),
            Enum<AlarmComparison>(parsed.GetValue(Comparison)!, "--comparison"),
            evaluation,
            parsed.GetValue(DatapointsToAlarm) ?? evaluation,
            Enum<MissingData>(parsed.GetValue(TreatMissingData)!, "--treat-missing-data"));
        return settings.Problem() is { } problem ? throw new UsageException(problem) : settings;
    }

    private static T Enum<T>(string text, string option)
        where T : struct, Enum
        => System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0])
            ? value
            : throw new UsageException($"{option} '{text}' is not one of: {string.Join(", ", System.Enum.GetNames<T>())}");
}
