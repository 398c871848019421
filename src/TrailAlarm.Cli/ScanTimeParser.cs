using System.Globalization;

namespace TrailAlarm.Cli;

/// <summary>
/// --since/--until values: an ISO 8601 date or date-time (UTC unless it carries an offset), or a duration back from
/// now such as 30m, 24h, 7d.
/// </summary>
internal static class ScanTimeParser
{
    public static DateTimeOffset? Parse(string? text, string option, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length >= 2 && char.IsAsciiDigit(text[0]) && text[^1] is 'm' or 'h' or 'd' && long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            var span = text[^1] switch { 'm' => TimeSpan.FromMinutes(amount), 'h' => TimeSpan.FromHours(amount), _ => TimeSpan.FromDays(amount) };
            return clock.GetUtcNow() - span;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw new UsageException($"{option} '{text}' is not a time: use ISO 8601 (2024-05-01 or 2024-05-01T10:00:00Z) or a duration such as 30m, 24h, 7d");
    }
}
