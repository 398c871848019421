using System.Diagnostics.CodeAnalysis;

namespace TrailAlarm.Snapshot;

/// <summary>The fields of an ARN: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE.</summary>
public sealed record ArnParts(string Partition, string Service, string Region, string Account, string Resource)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out ArnParts? arn)
    {
        arn = null;
        if (text is null || !text.StartsWith("arn:", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = text.Split(':', 6);
        if (parts.Length < 6)
        {
            return false;
        }

        arn = new ArnParts(parts[1], parts[2], parts[3], parts[4], parts[5]);
        return true;
    }

    /// <summary>The log group name in arn:aws:logs:REGION:ACCOUNT:log-group:NAME[:*].</summary>
    public string? LogGroupName
    {
        get
        {
            if (Service != "logs" || !Resource.StartsWith("log-group:", StringComparison.Ordinal))
            {
                return null;
            }

            var name = Resource["log-group:".Length..];
            return name.EndsWith(":*", StringComparison.Ordinal) ? name[..^2] : name;
        }
    }
}
