namespace TrailAlarm.Controls;

/// <summary>The range a statistic can take over one period holding one matching event (and default values, if any).</summary>
internal static class PeriodValue
{
    public static (double Lo, double Hi)? Range(string statistic, double perEvent, double? defaultValue)
    {
        if (defaultValue is not { } d)
        {
            return statistic == "SampleCount" ? (1, 1) : (perEvent, perEvent);
        }

        return statistic switch
        {
            "SampleCount" => (1, double.PositiveInfinity),
            "Sum" when d == 0 => (perEvent, perEvent),
            "Sum" when d > 0 && perEvent >= 0 => (perEvent, double.PositiveInfinity),
            "Sum" => null,
            "Maximum" => (Math.Max(perEvent, d), Math.Max(perEvent, d)),
            "Minimum" => (Math.Min(perEvent, d), Math.Min(perEvent, d)),
            // Average and percentiles lie between the event's value and the default values around it.
            _ => (Math.Min(perEvent, d), Math.Max(perEvent, d)),
        };
    }
}
