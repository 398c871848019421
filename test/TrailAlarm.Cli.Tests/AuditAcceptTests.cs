using System.Runtime.CompilerServices;
using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Tests;

/// <summary>audit --accept high-risk-only, from the real binary over a saved snapshot whose CloudTrail filter is the variant.</summary>
public class AuditAcceptTests
{
    private const string Control = "cloudtrail-changes-monitored";

    private static string VariantSnapshot([CallerFilePath] string here = "")
    {
        var compliant = File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "TrailAlarm.Tests", "Snapshots", "compliant.json")));
        var reference = ControlCatalogue.Default.Find(Control)!.ReferencePattern!;
        Assert.Contains(reference, compliant, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"high-risk-snapshot-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, compliant.Replace(reference, ControlCatalogue.Default.Find(Control)!.HighRisk!.Pattern, StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void The_variant_fails_by_default_and_passes_when_accepted()
    {
        var snapshot = VariantSnapshot();
        try
        {
            var benchmark = CliRunner.Run("audit", "--from-snapshot", snapshot, "--controls", Control);
            Assert.Equal(1, benchmark.ExitCode);
            Assert.Contains("--accept high-risk-only", benchmark.Stdout, StringComparison.Ordinal);

            var accepted = CliRunner.Run("audit", "--from-snapshot", snapshot, "--controls", Control, "--accept", "high-risk-only");
            Assert.True(accepted.ExitCode == 0, accepted.Stdout + accepted.Stderr);
        }
        finally
        {
            File.Delete(snapshot);
        }
    }

    [Fact]
    public void An_unknown_variant_is_a_usage_error_with_a_suggestion()
    {
        var run = CliRunner.Run("audit", "--from-snapshot", "/nonexistent/snapshot.json", "--accept", "high-risk");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--accept: 'high-risk' is not a documented variant; did you mean 'high-risk-only'?", run.Stderr, StringComparison.Ordinal);
    }
}
