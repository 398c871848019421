namespace TrailAlarm.Cli.Tests;

/// <summary>User mistakes get one plain line on stderr (with a suggestion for a typo) and exit 2, from the real binary.</summary>
public class UserErrorMessageTests
{
    private static CliRun Run(params string[] args) => CliRunner.RunProcess(new Dictionary<string, string?>(), Path.GetTempPath(), args);

    private static string OneLine(CliRun run)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("trailalarm: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", line, StringComparison.Ordinal);
        return line;
    }

    [Fact]
    public void A_mistyped_command_is_named_with_the_closest_one()
        => Assert.Contains("unknown command 'audt'; did you mean 'audit'?", OneLine(Run("audt")), StringComparison.Ordinal);

    [Fact]
    public void A_mistyped_option_is_named_with_the_closest_one()
        => Assert.Contains("unknown option '--contrls' for 'audit'; did you mean '--controls'?", OneLine(Run("audit", "--contrls", "x")), StringComparison.Ordinal);

    [Fact]
    public void A_mistyped_control_id_is_named_with_the_closest_one()
        => Assert.Contains("did you mean 'cloudtrail-changes-monitored'?", OneLine(Run("pattern", "check", "{ $.eventName = StopLogging }", "--control", "cloudtrail-changes-monitor")), StringComparison.Ordinal);

    [Fact]
    public void No_command_lists_the_commands()
        => Assert.Contains("needs a command: audit, plan", OneLine(Run()), StringComparison.Ordinal);

    [Fact]
    public void A_number_option_says_it_wants_a_whole_number()
        => Assert.Contains("'abc' for option '--max-concurrency' as a whole number", OneLine(Run("audit", "--max-concurrency", "abc")), StringComparison.Ordinal);

    [Fact]
    public void A_choice_lists_the_choices_plainly()
        => Assert.Contains("Must be one of: cloudformation, terraform, cli", OneLine(Run("export", "cloudformatio")), StringComparison.Ordinal);

    [Fact]
    public void Pattern_check_counts_what_it_misses()
    {
        var run = Run("pattern", "check", "{ $.eventName = StopLogging }", "--control", "cloudtrail-changes-monitored");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("misses 4 of the 5 required events", run.Stdout, StringComparison.Ordinal);
    }
}
