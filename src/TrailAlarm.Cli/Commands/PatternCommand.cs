using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

internal static class PatternCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("pattern", "Test, check and explain CloudWatch Logs filter patterns offline.");

        var test = new Command("test", "Does the pattern match each event (file, NDJSON or stdin)? Like 'aws logs test-metric-filter', offline.");
        var testPattern = new Argument<string>("PATTERN");
        var testEvents = new Argument<string?>("EVENTS") { Arity = ArgumentArity.ZeroOrOne, Description = "File with one event message per line; '-' or absent reads stdin." };
        var testFormat = new Option<string>("--format") { DefaultValueFactory = _ => "table", Description = "table or json." };
        var testMetric = new Option<string>("--metric-value") { DefaultValueFactory = _ => "1", Description = "Metric value: a number or $.field / $name." };
        test.Arguments.Add(testPattern);
        test.Arguments.Add(testEvents);
        test.Options.Add(testFormat);
        var testCount = new Option<bool>("--count") { Description = "Print only the number of matching events (fast path for large files)." };
        test.Options.Add(testMetric);
        test.Options.Add(testCount);
        test.SetAction(p => p.GetValue(testCount)
            ? PatternCountAction.Run(console, p.GetValue(testPattern)!, p.GetValue(testEvents), p.GetValue(testFormat))
            : PatternTestAction.Run(console, p.GetValue(testPattern)!, p.GetValue(testEvents), p.GetValue(testMetric), p.GetValue(testFormat)));

        var check = new Command("check", "Does this pattern fire on every event the control requires? Which are missed, and why.");
        var checkPattern = new Argument<string>("PATTERN");
        var checkControl = new Option<string>("--control") { Required = true, Description = "Control id." };
        var checkFormat = new Option<string>("--format") { DefaultValueFactory = _ => "table", Description = "table or json." };
        check.Arguments.Add(checkPattern);
        check.Options.Add(checkControl);
        check.Options.Add(checkFormat);
        check.SetAction(p => PatternCheckAction.Run(console, p.GetValue(checkPattern)!, p.GetValue(checkControl)!, p.GetValue(checkFormat)));

        var explain = new Command("explain", "The parsed pattern and its canonical form, or the error with a caret under it.");
        var explainPattern = new Argument<string>("PATTERN");
        var explainFormat = new Option<string>("--format") { DefaultValueFactory = _ => "table", Description = "table or json." };
        explain.Arguments.Add(explainPattern);
        explain.Options.Add(explainFormat);
        explain.SetAction(p => PatternExplainAction.Run(console, p.GetValue(explainPattern)!, p.GetValue(explainFormat)));

        command.Subcommands.Add(test);
        command.Subcommands.Add(check);
        command.Subcommands.Add(explain);
        return command;
    }
}
