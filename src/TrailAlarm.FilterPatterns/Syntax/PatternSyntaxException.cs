namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Internal control flow of the parser; <see cref="FilterPattern.Parse"/> turns it into a <see cref="PatternError"/>.</summary>
#pragma warning disable CA1064, CA1032 // internal, never escapes the assembly
internal sealed class PatternSyntaxException(PatternError error) : Exception(error.Message)
#pragma warning restore CA1064, CA1032
{
    public PatternError Error { get; } = error;

    public static PatternSyntaxException At(string code, string message, int start, int length, string? hint = null)
        => new(new PatternError(code, message, start, Math.Max(length, 1), hint));
}
