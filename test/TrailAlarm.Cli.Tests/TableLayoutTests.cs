using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TrailAlarm.Cli.Tests;

/// <summary>Tables wrap between words and elide with "…"; they never split an id, ARN or region across lines.</summary>
public class TableLayoutTests
{
    private static readonly char[] Blanks = [' ', '│', '─', '╭', '╮', '╰', '╯', '├', '┤', '┼', '┬', '┴'];

    private static string Fixture(string name, [CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "TrailAlarm.Tests", "Snapshots", name + ".json"));

    private static CliRun Audit(string? columns, params string[] extra) =>
        CliRunner.RunProcess(new Dictionary<string, string?> { ["COLUMNS"] = columns }, Path.GetTempPath(), ["audit", "--from-snapshot", Fixture("pending-subscription"), .. extra]);

    /// <summary>Every word the findings hold, as the JSON output gives them in full.</summary>
    private static HashSet<string> WordsOfFindings()
    {
        using var doc = JsonDocument.Parse(Audit(null, "--format", "json").Stdout);
        var words = new HashSet<string>(StringComparer.Ordinal) { "account", "Control", "Status", "Region", "Reason", "PASS", "FAIL", "UNKNOWN", "NOT_APPLICABLE" };
        foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
        {
            foreach (var field in new[] { "controlId", "region", "account", "reason", "resource" })
            {
                words.UnionWith(f.GetProperty(field).GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            words.UnionWith(f.GetProperty("frameworks").EnumerateObject().Select(p => p.Value.GetString()!));
        }

        return words;
    }

    [Theory]
    [InlineData("80")]
    [InlineData("50")]
    public void At_a_narrow_width_every_word_is_whole_or_elided_and_no_line_is_wider(string columns)
    {
        var words = WordsOfFindings();
        var run = Audit(columns, "--framework", "cis-aws-foundations-5.0.0", "--controls", "cloudtrail-changes-monitored,config-changes-monitored,config-records-cloudtrail");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length <= int.Parse(columns), $"wider than {columns}: {line}"));
        foreach (var word in lines.Where(l => l.StartsWith('│')).SelectMany(l => l.Split(Blanks, StringSplitOptions.RemoveEmptyEntries)))
        {
            var whole = words.Contains(word);
            var elided = word.EndsWith('…') && words.Any(w => w.StartsWith(word[..^1], StringComparison.Ordinal));
            Assert.True(whole || elided, $"'{word}' is a piece of a value split across lines:\n{run.Stdout}");
        }

        if (columns == "80")
        {
            Assert.Contains("cloudtrail-changes-monitored", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Piped_output_is_as_wide_as_its_content_so_a_reason_stays_on_one_line()
    {
        using var doc = JsonDocument.Parse(Audit(null, "--format", "json").Stdout);
        var reason = doc.RootElement.GetProperty("findings")[0].GetProperty("reason").GetString()!;
        var run = Audit(null);
        Assert.Contains(run.Stdout.Split('\n'), line => line.Contains(reason, StringComparison.Ordinal));
    }
}
