using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace TrailAlarm.Cli;

/// <summary>The parser's first error in a user's words: typos get a suggestion, .NET type names become plain ones.</summary>
internal static partial class ParseErrors
{
    public static string Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (parsed.UnmatchedTokens.Count > 0 && parsed.UnmatchedTokens[0] is { } token)
        {
            if (token.StartsWith('-'))
            {
                var options = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
                return $"unknown option '{token}' for '{Name(command)}'{Suggestions.DidYouMean(token, options)}";
            }

            if (command.Subcommands.Count > 0)
            {
                return $"unknown command '{token}'{Suggestions.DidYouMean(token, command.Subcommands.Select(c => c.Name))}";
            }

            return $"unexpected argument '{token}' for '{Name(command)}'";
        }

        if (command.Subcommands.Count > 0 && parsed.Errors.Any(e => e.Message.StartsWith("Required command", StringComparison.Ordinal)))
        {
            return $"'{Name(command)}' needs a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";
        }

        return Plain(parsed.Errors[0].Message);
    }

    /// <summary>"… as expected type 'System.Int32'" → "… as a whole number"; "Must be one of: \t'a' \t'b'" → "must be one of: a, b".</summary>
    public static string Plain(string message)
    {
        message = ExpectedType().Replace(message, m => "as " + TypeName(m.Groups[1].Value));
        message = OneOf().Replace(message, m => "Must be one of: " + string.Join(", ", Quoted().Matches(m.Groups[1].Value).Select(q => q.Groups[1].Value)));
        return Blank().Replace(message, " ").Trim();
    }

    public static string MissingFile(Exception e)
    {
        var path = e is FileNotFoundException { FileName: { } name } ? name : QuotedPath().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : null;
        return path is null ? $"file not found: {e.Message}" : $"no such file: {path}";
    }

    private static string Name(Command command) => command is RootCommand ? "trailalarm" : command.Name;

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" or "System.UInt32" => "a whole number",
        "System.Double" or "System.Decimal" or "System.Single" => "a number",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "a duration",
        "System.DateTimeOffset" or "System.DateTime" => "a date and time",
        "System.Uri" => "a URL",
        _ => "a value of the expected kind",
    };

    [GeneratedRegex(@"as expected type '([^']+)'")]
    private static partial Regex ExpectedType();

    [GeneratedRegex(@"Must be one of:((\s*'[^']*')+)")]
    private static partial Regex OneOf();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blank();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPath();
}
