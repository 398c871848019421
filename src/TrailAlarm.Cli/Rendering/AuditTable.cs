using Spectre.Console;
using TrailAlarm.Findings;
using Status = TrailAlarm.Findings.Status;

namespace TrailAlarm.Cli.Rendering;

/// <summary>The audit as a table: grouped by account and control, with the deciding step's reason; --verbose adds every step.</summary>
internal static class AuditTable
{
    public static void Write(TextWriter output, AuditReport report, bool verbose, string? framework)
    {
        var console = Terminal.For(output);
        foreach (var account in report.Findings.GroupBy(f => f.Account))
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"account {account.Key}");
            table.AddColumn("Control");
            table.AddColumn(TableCells.Token("Status"));
            table.AddColumn("Region");
            table.AddColumn("Reason");
            foreach (var f in account.OrderBy(f => f.ControlId, StringComparer.Ordinal))
            {
                var label = framework is not null && f.Frameworks.TryGetValue(framework, out var item) ? $"{item} {f.ControlId}" : f.ControlId;
                var reason = f.Reason;
                if (verbose)
                {
                    reason += "\n" + string.Join("\n", f.Steps.Select(s => $"  {s.Status.ToWire(),-14} {s.Name}: {s.Detail}"));
                }

                table.AddRow(TableCells.Text(label), TableCells.Styled(Colour(f.Status)), TableCells.Text(f.Region), TableCells.Text(reason));
            }

            console.Write(table);
        }

        var s = report.Summary;
        console.WriteLine($"{s.Pass} PASS, {s.Fail} FAIL, {s.Unknown} UNKNOWN, {s.NotApplicable} NOT_APPLICABLE");
    }

    private static string Colour(Status status) => status switch
    {
        Status.Pass => "[green]PASS[/]",
        Status.Fail => "[red]FAIL[/]",
        Status.Unknown => "[yellow]UNKNOWN[/]",
        _ => "[grey]NOT_APPLICABLE[/]",
    };
}
