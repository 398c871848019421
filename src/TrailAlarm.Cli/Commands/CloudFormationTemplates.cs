using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Export;

namespace TrailAlarm.Cli.Commands;

/// <summary>
/// export cloudformation: a stack lives in one region, so a plan spanning regions needs --out DIR and gets one
/// template a region there; what a template leaves out is named on stderr, one line a change.
/// </summary>
internal static class CloudFormationTemplates
{
    /// <summary>trailalarm-REGION.json; trailalarm.json for a plan without changes.</summary>
    public static string FileName(string? region) => region is null ? "trailalarm.json" : $"trailalarm-{region}.json";

    public static int Write(CliConsole console, string? output, Plan plan)
    {
        var regions = CloudFormationExporter.Regions(plan);
        if (output is not null && Directory.Exists(output))
        {
            return WriteEach(console, output, plan);
        }

        if (regions.Count > 1)
        {
            throw new UsageException($"the plan changes {regions.Count} regions ({string.Join(", ", regions)}) and a template is for one region: give --out DIR, an existing directory, to get one template a region");
        }

        Note(console, "the template", plan);
        return ExportCommand.Write(console, output, CloudFormationExporter.Render(plan));
    }

    private static int WriteEach(CliConsole console, string directory, Plan plan)
    {
        var parts = CloudFormationExporter.ByRegion(plan).Select(p => ((string?)p.Region, p.Plan)).ToList();
        foreach (var (region, regionPlan) in parts.Count > 0 ? parts : [(null, plan)])
        {
            var path = Path.Combine(directory, FileName(region));
            Note(console, FileName(region), regionPlan);
            ExportCommand.Write(console, path, CloudFormationExporter.Render(regionPlan));
            console.Err.WriteLine($"trailalarm: wrote {path}");
        }

        return ExitCodes.Ok;
    }

    private static void Note(CliConsole console, string template, Plan plan)
    {
        foreach (var left in CloudFormationExporter.NotInTemplate(plan))
        {
            console.Err.WriteLine($"trailalarm: not in {template}: {left}");
        }
    }
}
