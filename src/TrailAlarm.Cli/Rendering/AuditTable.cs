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
            var rows = account.OrderBy(f => f.ControlId, StringComparer.Ordinal).Select(f => (Finding: f, Label: Label(f, framework), Reason: Reason(f, verbose))).ToList();
            var width = console.Profile.Width;
            TableCells.AddColumns(
                table,
                width,
                ("Control", Math.Max(TableCells.LongestWord("Control", rows.Select(r => r.Label), width * 2 / 5), Math.Min(TableCells.LongestLine("Control", rows.Select(r => r.Label)), width * 2 / 5))),
                ("Status", TableCells.LongestWord("Status", rows.Select(r => r.Finding.Status.ToWire()), width / 5)),
                ("Region", TableCells.LongestWord("Region", rows.Select(r => r.Finding.Region), width / 6)),
                ("Reason", TableCells.LongestLine("Reason", rows.Select(r => r.Reason))));
            foreach (var (f, label, reason) in rows)
            {
                table.AddRow(TableCells.Text(label), TableCells.Styled(Colour(f.Status)), TableCells.Text(f.Region), TableCells.Text(reason));
            }

            console.Write(table);
        }

        var s = report.Summary;
        console.WriteLine($"{s.Pass} PASS, {s.Fail} FAIL, {s.Unknown} UNKNOWN, {s.NotApplicable} NOT_APPLICABLE");
    }

    private static string Reason(Finding f, bool verbose) => verbose
        ? f.Reason + "\n" + string.Join("\n", f.Steps.Select(s => $"  {s.Status.ToWire(),-14} {s.Name}: {s.Detail}"))
        : f.Reason;

    private static string Label(Finding f, string? framework) =>
        framework is not null && f.Frameworks.TryGetValue(framework, out var item) ? $"{item} {f.ControlId}" : f.ControlId;

    private static string Colour(Status status) => status switch
    {
        Status.Pass => "[green]PASS[/]",
        Status.Fail => "[red]FAIL[/]",
        Status.Unknown => "[yellow]UNKNOWN[/]",
        _ => "[grey]NOT_APPLICABLE[/]",
    };
}
