namespace TrailAlarm.Controls;

/// <summary>
/// Documented deviations from the benchmark the user has accepted (`audit --accept high-risk-only`); by default
/// none is, so a filter built to a variant FAILs with a note saying how to accept it.
/// </summary>
public sealed record AcceptedVariants
{
    public const string HighRiskOnlyName = "high-risk-only";

    public static readonly AcceptedVariants None = new();

    /// <summary>A filter that fires on every event of the control's <c>highRisk</c> variant PASSes with a note.</summary>
    public bool HighRiskOnly { get; init; }

    /// <summary>The names `--accept` takes.</summary>
    public static IReadOnlyList<string> Names { get; } = [HighRiskOnlyName];

    /// <exception cref="ArgumentException">a name that is not a known variant.</exception>
    public static AcceptedVariants Parse(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var accepted = None;
        foreach (var name in names)
        {
            accepted = name switch
            {
                HighRiskOnlyName => accepted with { HighRiskOnly = true },
                _ => throw new ArgumentException($"'{name}' is not a variant that can be accepted (known: {string.Join(", ", Names)})"),
            };
        }

        return accepted;
    }
}
