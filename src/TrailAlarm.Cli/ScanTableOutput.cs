using Spectre.Console;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>Tables for a person: the matching events, the ALARM periods, then a summary and any read errors.</summary>
internal sealed class ScanTableOutput(TextWriter output) : IScanOutput
{
    private readonly IAnsiConsole console = Terminal.For(output);
    private readonly List<ScanMatch> matches = [];
    private readonly List<(string Rule, AlarmPeriod Period)> alarms = [];
    private bool simulated;

    public void Match(ScanMatch match) => matches.Add(match);

    public void Alarms(string ruleId, SimulationResult result)
    {
        simulated = true;
        alarms.AddRange(result.AlarmPeriods.Select(p => (ruleId, p)));
    }

    public void Dispose()
    {
    }

    public void Summary(ScanSummary summary)
    {
        if (matches.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Matching events");
            foreach (var column in new[] { "Control", "Event time", "Event", "Event ID", "Source" })
            {
                table.AddColumn(TableCells.Token(column));
            }

            foreach (var m in matches)
            {
                table.AddRow(Cells(m.RuleId, m.EventTime is { } t ? ScanJsonFields.Time(t) : "-", m.EventName ?? "-", m.EventId ?? "-", m.Location));
            }

            console.Write(table);
        }

        if (alarms.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("The alarm would have fired");
            foreach (var column in new[] { "Control", "Period start", "Period end", "Value", "Events" })
            {
                table.AddColumn(TableCells.Token(column));
            }

            foreach (var (rule, p) in alarms)
            {
                table.AddRow(Cells(rule, ScanJsonFields.Time(p.PeriodStart), ScanJsonFields.Time(p.PeriodEnd), p.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", p.Events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            console.Write(table);
        }
        else if (simulated)
        {
            console.WriteLine("The alarm would not have fired.");
        }

        console.WriteLine($"{Counted.Of(summary.Events, "event")} in {Counted.Of(summary.Files, "file")}, {summary.Matched} matched, {summary.Skipped} outside the time window, {Counted.Of(summary.Errors.Count, "error")}.");
        foreach (var error in summary.Errors)
        {
            console.WriteLine($"error: {TerminalText.Safe(error.ToString())}");
        }
    }

    private static Spectre.Console.Rendering.IRenderable[] Cells(params string[] values) => TableCells.Texts(values.Select(TerminalText.Safe));
}
