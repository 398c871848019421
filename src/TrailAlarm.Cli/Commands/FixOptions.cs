using System.CommandLine;

namespace TrailAlarm.Cli.Commands;

/// <summary>The options that shape a fix: shared by plan, apply --auto-approve and export.</summary>
internal sealed class FixOptions
{
    public Option<string[]> Subscribe { get; } = new("--subscribe") { Description = "Subscriber to add: email:ADDR, https:URL, sqs:ARN or lambda:ARN (repeatable).", AllowMultipleArgumentsPerToken = false };

    public Option<string?> TopicName { get; } = new("--topic-name") { Description = "Name of the SNS topic to create." };

    public Option<string?> TopicArn { get; } = new("--topic-arn") { Description = "Reuse this existing SNS topic." };

    public Option<string[]> AlarmName { get; } = new("--alarm-name") { Description = "Alarm name, as CONTROL=NAME or NAME for the first control (defaults: \"CloudTrail Changes\", \"AWS Config Changes\")." };

    public Option<string> Namespace { get; } = new("--namespace") { Description = "Metric namespace.", DefaultValueFactory = _ => "CISBenchmark" };

    public Option<bool> IntegrateTrail { get; } = new("--integrate-trail") { Description = "Also connect a trail to CloudWatch Logs when that link is missing." };

    public Option<string?> LogRetentionDays { get; } = new("--log-retention-days") { Description = "Retention of the log group --integrate-trail creates: days CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ... 3653; default 365), or 'never'." };

    public Option<string?> LogKmsKey { get; } = new("--log-kms-key") { Description = "KMS key ARN that encrypts the log group --integrate-trail creates (its key policy must allow logs.REGION.amazonaws.com)." };

    public Option<bool> FixConfigRecorder { get; } = new("--fix-config-recorder") { Description = "Make the AWS Config recorder record AWS::CloudTrail::Trail and start it." };

    public Option<string?> ConfigBucket { get; } = new("--config-bucket") { Description = "S3 bucket for the delivery channel a new AWS Config recorder needs (with --fix-config-recorder)." };

    public Option<bool> CreateConfigBucket { get; } = new("--create-config-bucket") { Description = "Create the --config-bucket bucket (default name config-bucket-ACCOUNT-REGION) when it does not exist, private, with AWS Config's bucket policy (with --fix-config-recorder)." };

    public Option<bool> HighRiskOnly { get; } = new("--high-risk-only") { Description = "Filters that fire only on each control's destructive calls (fewer alerts; a documented deviation from CIS that audit FAILs unless run with --accept high-risk-only)." };

    public Option<string?> Controls { get; } = new("--controls") { Description = "Comma-separated control ids or groups such as cis-monitoring (default: all)." };

    private IEnumerable<Option> All => [Subscribe, TopicName, TopicArn, AlarmName, Namespace, IntegrateTrail, LogRetentionDays, LogKmsKey, FixConfigRecorder, ConfigBucket, CreateConfigBucket, HighRiskOnly, Controls];

    /// <summary>The fix options given on the command line (not those left at their defaults).</summary>
    public IReadOnlyList<string> Given(ParseResult parsed) => [.. All.Where(o => parsed.GetResult(o) is { Implicit: false }).Select(o => o.Name)];

    public void AddTo(Command command)
    {
        command.Options.Add(Subscribe);
        command.Options.Add(TopicName);
        command.Options.Add(TopicArn);
        command.Options.Add(AlarmName);
        command.Options.Add(Namespace);
        command.Options.Add(IntegrateTrail);
        command.Options.Add(LogRetentionDays);
        command.Options.Add(LogKmsKey);
        command.Options.Add(FixConfigRecorder);
        command.Options.Add(ConfigBucket);
        command.Options.Add(CreateConfigBucket);
        command.Options.Add(HighRiskOnly);
        command.Options.Add(Controls);
    }
}
