using System.Text.Json;
using TrailAlarm.Catalogue;
using TrailAlarm.Cli.Rendering;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Cli.Commands;

/// <summary>`pattern check PATTERN --control ID`: does the pattern fire on every event the control requires?</summary>
internal static class PatternCheckAction
{
    public static int Run(CliConsole console, string patternText, string controlId, string? format)
    {
        var json = PatternInput.IsJson(format);
        var control = ControlCatalogue.Default.Find(controlId) ?? throw new UsageException(
            $"unknown control '{controlId}'{Suggestions.DidYouMean(controlId, PatternControls())} (controls judged by a pattern: {string.Join(", ", PatternControls())})");
        var required = ControlEvents.Required(control.Id);
        if (control.ReferencePattern is null || required.Count == 0)
            throw new UsageException($"control '{control.Id}' is not judged by a filter pattern; try one of: {string.Join(", ", PatternControls())}");
        var pattern = PatternInput.Compile(console, patternText, json);
        if (pattern is null) return ExitCodes.Usage;
        var reference = FilterPattern.Parse(control.ReferencePattern).Pattern
            ?? throw new InvalidOperationException($"the catalogue's reference pattern for {control.Id} does not parse");
        var report = Coverage.Analyse(pattern, required, reference, ControlEvents.Ignores(control.Id));
        if (json)
        {
            var output = new PatternCheckOutput(control.Id, report.Covers, report.Missed.Select(m => new PatternMissed(m.Event, m.Why)).ToList(), report.Wider);
            console.Out.WriteLine(JsonSerializer.Serialize(output, PatternJson.Context.PatternCheckOutput));
        }
        else
        {
            WriteHuman(console.Out, control, required, report);
        }
        return report.Covers ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static IEnumerable<string> PatternControls()
        => ControlCatalogue.Default.Controls.Where(c => c.ReferencePattern is not null && ControlEvents.Required(c.Id).Count > 0).Select(c => c.Id);

    private static void WriteHuman(TextWriter output, Control control, IReadOnlyList<SampleEvent> required, CoverageReport report)
    {
        var missed = required.Count(e => report.Missed.Any(m => m.Event == e.Name));
        output.WriteLine(missed == 0
            ? $"{control.Id}: COVERS all {required.Count} required events"
            : $"{control.Id}: DOES NOT COVER: misses {missed} of the {required.Count} required events (fires on {required.Count - missed})");
        foreach (var e in required)
        {
            var miss = report.Missed.FirstOrDefault(m => m.Event == e.Name);
            output.WriteLine(miss is null ? $"  fires   {e.Name}" : $"  MISSED  {e.Name}: {miss.Why}");
        }
        if (report.Wider)
            output.WriteLine($"wider than the reference pattern: also fires on {string.Join(", ", report.WiderOn.Take(8))}{(report.WiderOn.Count > 8 ? ", ..." : "")}");
        else
            output.WriteLine("not wider than the reference pattern on the sample events.");
    }
}
