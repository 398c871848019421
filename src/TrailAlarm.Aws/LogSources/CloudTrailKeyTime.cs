using System.Globalization;
using System.Text.RegularExpressions;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// The delivery time CloudTrail writes into its object keys
/// (…/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz). Every event in a file
/// happened before the file was delivered, so a file delivered before --since can be skipped unread; a file delivered
/// more than a day after --until is skipped too (CloudTrail delivers within minutes, a day is a wide margin).
/// </summary>
public static partial class CloudTrailKeyTime
{
    public static readonly TimeSpan DeliveryMargin = TimeSpan.FromDays(1);

    public static DateTimeOffset? Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var match = Stamp().Match(key);
        return match.Success && DateTimeOffset.TryParseExact(match.Groups[1].Value, "yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
    }

    /// <summary>May the object hold events inside the window? Keys without a delivery time are always read.</summary>
    public static bool MayHold(string key, ScanWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (Of(key) is not { } delivered)
        {
            return true;
        }

        return (window.Since is null || delivered >= window.Since) && (window.Until is null || delivered < window.Until + DeliveryMargin);
    }

    [GeneratedRegex(@"_CloudTrail_[a-z0-9-]+_(\d{8}T\d{4}Z)_", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
