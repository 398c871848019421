using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class PatternCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("pattern", "Test, check and explain CloudWatch Logs filter patterns offline.");

        var test = new Command("test", "Does the pattern match each event (file, NDJSON or stdin)? Like 'aws logs test-metric-filter', offline.");
        test.Arguments.Add(new Argument<string>("PATTERN"));
        test.Arguments.Add(new Argument<string?>("EVENTS") { Arity = ArgumentArity.ZeroOrOne, Description = "File with one event message per line; '-' or absent reads stdin." });
        test.Options.Add(new Option<string>("--format") { DefaultValueFactory = _ => "table", Description = "table or json." });
        test.Options.Add(new Option<string>("--metric-value") { DefaultValueFactory = _ => "1", Description = "Metric value: a number or $.field / $name." });
        NotBuilt.Attach(test, console, "pattern test");

        var check = new Command("check", "Does this pattern fire on every event the control requires? Which are missed, and why.");
        check.Arguments.Add(new Argument<string>("PATTERN"));
        check.Options.Add(new Option<string>("--control") { Required = true, Description = "Control id." });
        check.Options.Add(new Option<string>("--format") { DefaultValueFactory = _ => "table", Description = "table or json." });
        NotBuilt.Attach(check, console, "pattern check");

        var explain = new Command("explain", "The parsed pattern and its canonical form, or the error with a caret under it.");
        explain.Arguments.Add(new Argument<string>("PATTERN"));
        explain.Options.Add(new Option<string>("--format") { DefaultValueFactory = _ => "table", Description = "table or json." });
        NotBuilt.Attach(explain, console, "pattern explain");

        command.Subcommands.Add(test);
        command.Subcommands.Add(check);
        command.Subcommands.Add(explain);
        return command;
    }
}
