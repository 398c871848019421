using System.Globalization;
using System.Text;

namespace TrailAlarm.FilterPatterns.Sql;

/// <summary>Where a trail delivers: its bucket and key prefix, and (organisation trails) the organisation id.</summary>
public sealed record TrailDelivery(string Bucket, string? KeyPrefix, string? OrganizationId, IReadOnlyList<string> Accounts, IReadOnlyList<string> Regions, DateOnly FirstDay);

/// <summary>
/// The CREATE EXTERNAL TABLE statement of the AWS guide "Create the table for CloudTrail logs in Athena using
/// partition projection", for one trail's bucket: partitions account, region (enums) and timestamp (days), so no
/// partition is ever added by hand. Its columns are <see cref="CloudTrailColumns.Athena"/>, the ones the compiler reads.
/// </summary>
public static class AthenaTableDdl
{
    public static string Create(string table, TrailDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Accounts.Count == 0 || delivery.Regions.Count == 0) throw new ArgumentException("the table needs at least one account and one region", nameof(delivery));
        foreach (var value in delivery.Accounts.Concat(delivery.Regions))
        {
            if (value.Length == 0 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                throw new ArgumentException($"`{value}` is not an account id or region", nameof(delivery));
        }
        var root = $"s3://{delivery.Bucket}/" + (string.IsNullOrEmpty(delivery.KeyPrefix) ? "" : delivery.KeyPrefix.Trim('/') + "/") + "AWSLogs/"
            + (delivery.OrganizationId is { } org ? org + "/" : "");
        var sb = new StringBuilder();
        sb.Append("CREATE EXTERNAL TABLE ").Append(table).Append(" (\n");
        sb.Append(string.Join(",\n", CloudTrailColumns.Athena.Select(c => $"    {c.SqlName} {Type(c)}")));
        sb.Append("\n)\n");
        sb.Append("PARTITIONED BY (account STRING, region STRING, `timestamp` STRING)\n");
        sb.Append("ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'\n");
        sb.Append("STORED AS INPUTFORMAT 'com.amazon.emr.cloudtrail.CloudTrailInputFormat'\n");
        sb.Append("OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'\n");
        sb.Append("LOCATION ").Append(SqlText.Quote(root)).Append('\n');
        sb.Append("TBLPROPERTIES (\n");
        var properties = new (string, string)[]
        {
            ("projection.enabled", "true"),
            ("projection.account.type", "enum"),
            ("projection.account.values", string.Join(",", delivery.Accounts)),
            ("projection.region.type", "enum"),
            ("projection.region.values", string.Join(",", delivery.Regions)),
            ("projection.timestamp.type", "date"),
            ("projection.timestamp.format", "yyyy/MM/dd"),
            ("projection.timestamp.interval", "1"),
            ("projection.timestamp.interval.unit", "DAYS"),
            ("projection.timestamp.range", delivery.FirstDay.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) + ",NOW"),
            ("storage.location.template", root + "${account}/CloudTrail/${region}/${timestamp}"),
        };
        sb.Append(string.Join(",\n", properties.Select(p => $"    {SqlText.Quote(p.Item1)}={SqlText.Quote(p.Item2)}")));
        sb.Append("\n)");
        return sb.ToString();
    }

    private static string Type(TableField field) => field.Kind switch
    {
        ColumnKind.Struct => "STRUCT<" + string.Join(", ", field.Children!.Select(c => $"{c.SqlName}: {Type(c)}")) + ">",
        ColumnKind.StructArray => "ARRAY<STRUCT<" + string.Join(", ", field.Children!.Select(c => $"{c.SqlName}: {Type(c)}")) + ">>",
        ColumnKind.StringMap => "MAP<STRING, STRING>",
        _ => "STRING",
    };
}
