using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

/// <summary>The options of `query --create-table` and of Athena runs.</summary>
internal sealed class QueryTableOptions
{
    public Option<bool> CreateTable { get; } = new("--create-table") { Description = "Print the Athena CloudTrail table DDL (partition projection) for --trail." };

    public Option<string?> Trail { get; } = new("--trail") { Description = "With --create-table: the trail whose bucket, prefix, accounts and regions the table covers." };

    public Option<string?> FirstDay { get; } = new("--first-day") { Description = "With --create-table: the first day of logs the table projects (yyyy/MM/dd; default one year ago)." };

    public Option<bool> Run { get; } = new("--run") { Description = "With --create-table: execute the statement in Athena." };

    public AthenaOptions Athena { get; } = new();

    public AwsOptions Aws { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(CreateTable);
        command.Options.Add(Trail);
        command.Options.Add(FirstDay);
        command.Options.Add(Run);
        Athena.AddTo(command);
        Aws.AddTo(command);
    }
}

/// <summary>Where Athena runs a query: --workgroup and --output-location.</summary>
internal sealed class AthenaOptions
{
    public Option<string> WorkGroup { get; } = new("--workgroup") { Description = "Athena workgroup to run in.", DefaultValueFactory = _ => "primary" };

    public Option<string?> OutputLocation { get; } = new("--output-location") { Description = "s3:// location for Athena's results (default: the workgroup's)." };

    public void AddTo(Command command)
    {
        command.Options.Add(WorkGroup);
        command.Options.Add(OutputLocation);
    }

    public Aws.Athena.AthenaTarget Target(ParseResult parsed, string? database)
    {
        var output = parsed.GetValue(OutputLocation);
        if (output is not null && !output.StartsWith("s3://", StringComparison.Ordinal))
        {
            throw new UsageException($"--output-location must be an s3:// URL, not '{output}'");
        }

        return new Aws.Athena.AthenaTarget(parsed.GetValue(WorkGroup)!, output, database);
    }
}
