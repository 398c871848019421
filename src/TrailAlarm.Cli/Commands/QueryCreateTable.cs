using System.CommandLine;
using System.Globalization;
using TrailAlarm.Aws;
using TrailAlarm.Aws.Athena;
using TrailAlarm.Aws.CloudTrail;
using TrailAlarm.FilterPatterns.Sql;

namespace TrailAlarm.Cli.Commands;

/// <summary>
/// query --engine athena --create-table --trail NAME: reads the trail (bucket, prefix, organisation, regions) and
/// prints the CloudTrail table DDL; with --run executes it in Athena and reports the query id.
/// </summary>
internal static class QueryCreateTable
{
    public static async Task<int> RunAsync(CliConsole console, ParseResult parsed, QueryTableOptions options, string table, CancellationToken cancellationToken)
    {
        var trailName = parsed.GetValue(options.Trail) ?? throw new UsageException("--create-table needs --trail NAME (the trail whose logs the table reads)");
        if (table.Split('.') is not { Length: 1 or 2 } parts || parts.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new UsageException($"--table '{table}' is not [DATABASE.]TABLE (letters, digits and _)");
        }

        var firstDay = FirstDay(parsed.GetValue(options.FirstDay));
        var target = parsed.GetValue(options.Run) ? options.Athena.Target(parsed, Database(table)) : null;
        var (session, failure) = ScanAws.Connect(parsed, options.Aws);
        if (session is null)
        {
            console.Error(failure!);
            return ExitCodes.Unknown;
        }

        using (session)
        {
            try
            {
                var trail = (await session.CloudTrail().DescribeTrailsAsync(new DescribeTrailsRequest { TrailNameList = [trailName] }, cancellationToken).ConfigureAwait(false)).TrailList
                    .FirstOrDefault(t => t.Name == trailName || t.TrailArn == trailName);
                if (trail?.S3BucketName is null)
                {
                    throw new UsageException($"--trail: no trail named '{trailName}' with an S3 bucket in {session.Region}");
                }

                var delivery = new TrailDelivery(
                    trail.S3BucketName,
                    trail.S3KeyPrefix,
                    trail.IsOrganizationTrail == true ? (await session.Organizations().DescribeOrganizationAsync(cancellationToken).ConfigureAwait(false)).Organization?.Id : null,
                    await AccountsAsync(session, parsed, options.Aws, trail, cancellationToken).ConfigureAwait(false),
                    await RegionsAsync(session, parsed, options.Aws, trail, cancellationToken).ConfigureAwait(false),
                    firstDay);
                var ddl = AthenaTableDdl.Create(table, delivery);
                console.Out.WriteLine(ddl + ";");
                if (target is null)
                {
                    return ExitCodes.Ok;
                }

                var run = new AthenaQueryRun(session.Athena());
                var outcome = await run.WaitAsync(await run.StartAsync(ddl, target, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                if (!outcome.Succeeded)
                {
                    console.Error($"Athena query {outcome.QueryId} {outcome.State}: {outcome.Reason}");
                    return ExitCodes.Unknown;
                }

                console.Err.WriteLine($"trailalarm: created {table} (Athena query {outcome.QueryId})");
                return ExitCodes.Ok;
            }
            catch (AwsApiException e)
            {
                console.Error(e.Message);
                return ExitCodes.Unknown;
            }
        }
    }

    private static string? Database(string table) => table.Contains('.', StringComparison.Ordinal) ? table[..table.IndexOf('.', StringComparison.Ordinal)] : null;

    private static DateOnly FirstDay(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-1));
        }

        return DateOnly.TryParseExact(text, ["yyyy'/'MM'/'dd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UsageException($"--first-day '{text}' is not a date (yyyy/MM/dd)");
    }

    private static async Task<IReadOnlyList<string>> AccountsAsync(AwsSession session, ParseResult parsed, AwsOptions aws, Trail trail, CancellationToken cancellationToken)
    {
        var given = parsed.GetValue(aws.Accounts);
        if (given is not null && given.Trim() != "all")
        {
            return given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (trail.IsOrganizationTrail == true)
        {
            return (await session.Organizations().ListAllAccountsAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(a => a.Id!).Order(StringComparer.Ordinal).ToList();
        }

        return [trail.TrailArn?.Split(':') is { Length: > 4 } parts ? parts[4] : throw new UsageException("the trail's ARN names no account")];
    }

    private static async Task<IReadOnlyList<string>> RegionsAsync(AwsSession session, ParseResult parsed, AwsOptions aws, Trail trail, CancellationToken cancellationToken)
    {
        if (AwsSettingsFactory.Regions(parsed.GetValue(aws.Regions)) is { } given)
        {
            return given;
        }

        return trail.IsMultiRegionTrail == true
            ? await session.Ec2().EnabledRegionNamesAsync(cancellationToken).ConfigureAwait(false)
            : [trail.HomeRegion ?? session.Region];
    }
}
