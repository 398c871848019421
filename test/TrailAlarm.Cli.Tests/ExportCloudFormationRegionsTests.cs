using System.Diagnostics;
using System.Text.Json;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli.Tests;

/// <summary>export cloudformation of a plan spanning regions: one template a region in a directory, never one file.</summary>
public sealed class ExportCloudFormationRegionsTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "trailalarm-cfn-" + Guid.NewGuid().ToString("N"));

    public ExportCloudFormationRegionsTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static Change Topic(string region) => new()
    {
        Action = ChangeAction.Create, Address = $"aws_sns_topic.alarms_{region.Replace('-', '_')}", Kind = ResourceKinds.Topic, Region = region,
        After = new Dictionary<string, string> { ["region"] = region, ["name"] = "alarms", ["arn"] = $"arn:aws:sns:{region}:111122223333:alarms" },
        Because = ["cloudtrail-changes-monitored"],
    };

    private static readonly Change TrailUpdate = new()
    {
        Action = ChangeAction.Update, Address = "aws_cloudtrail.main", Kind = ResourceKinds.TrailLogs, Region = "us-east-1",
        Before = new Dictionary<string, string> { ["region"] = "us-east-1", ["trailName"] = "main" },
        After = new Dictionary<string, string>
        {
            ["region"] = "us-east-1", ["trailName"] = "main",
            ["cloudWatchLogsLogGroupArn"] = "arn:aws:logs:us-east-1:111122223333:log-group:trail:*", ["cloudWatchLogsRoleArn"] = "arn:aws:iam::111122223333:role/ct",
        },
        Because = ["cloudtrail-changes-monitored"],
    };

    private string SavePlan(params Change[] changes)
    {
        var path = Path.Combine(dir, "plan.json");
        PlanFile.Save(path, new Plan { Account = "111122223333", Changes = changes });
        return path;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("stack.json")]
    public void A_plan_spanning_regions_is_refused_on_stdout_or_in_one_file_naming_the_regions(string? file)
    {
        var plan = SavePlan(Topic("us-east-1"), Topic("eu-west-1"));
        string[] output = file is null ? [] : ["--out", Path.Combine(dir, file)];

        var run = CliRunner.Run(["export", "cloudformation", "--plan", plan, .. output]);

        Assert.Equal(2, run.ExitCode);
        var message = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("us-east-1, eu-west-1", message, StringComparison.Ordinal);
        Assert.Contains("--out DIR", message, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.False(file is not null && File.Exists(Path.Combine(dir, file)));
    }

    [Fact]
    public void A_plan_spanning_regions_gets_one_lint_clean_template_a_region_and_one_stderr_line_a_left_out_change()
    {
        var plan = SavePlan(Topic("us-east-1"), TrailUpdate, Topic("eu-west-1"));

        var run = CliRunner.Run("export", "cloudformation", "--plan", plan, "--out", dir);

        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var region in (string[])["us-east-1", "eu-west-1"])
        {
            var path = Path.Combine(dir, $"trailalarm-{region}.json");
            using var template = JsonDocument.Parse(File.ReadAllText(path));
            var topic = Assert.Single(template.RootElement.GetProperty("Resources").EnumerateObject());
            Assert.Equal($"SnsTopicAlarms{string.Concat(region.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}", topic.Name);
            Assert.True(Lint(path, region) is var (code, output) && (code & 2) == 0, $"cfn-lint: {output}");
        }

        Assert.Single(run.Stderr.Split('\n'), line => line.Contains("aws_cloudtrail.main", StringComparison.Ordinal));
        Assert.Contains("not in trailalarm-us-east-1.json: aws_cloudtrail.main", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_region_plan_still_goes_to_stdout()
    {
        var plan = SavePlan(Topic("us-east-1"), TrailUpdate);

        var run = CliRunner.Run("export", "cloudformation", "--plan", plan);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var template = JsonDocument.Parse(run.Stdout);
        Assert.Single(template.RootElement.GetProperty("Resources").EnumerateObject());
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("not in the template: aws_cloudtrail.main", StringComparison.Ordinal));
    }

    private static (int Code, string Output) Lint(string path, string region)
    {
        var start = new ProcessStartInfo("cfn-lint") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["--regions", region, "--", path])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
