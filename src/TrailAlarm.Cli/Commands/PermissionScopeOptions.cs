using System.CommandLine;
using TrailAlarm.Catalogue;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli.Commands;

/// <summary>The options that name the resources the 'apply' policy is written for (docs/permissions.md).</summary>
internal sealed class PermissionScopeOptions
{
    public Option<string?> Account { get; } = new("--account") { Description = "Account ID the resource ARNs name (default: any account, '*')." };

    public Option<string?> Partition { get; } = new("--partition") { Description = "Partition of the resource ARNs: aws, aws-cn, aws-us-gov, ... (default: any partition, '*')." };

    public Option<string?> TopicName { get; } = new("--topic-name") { Description = $"The topic plan creates, as given to plan (default {FixSettings.DefaultTopicName})." };

    public Option<string[]> AlarmName { get; } = new("--alarm-name") { Description = "An alarm name given to plan, as CONTROL=NAME (default: the catalogue's names).", AllowMultipleArgumentsPerToken = false };

    public Option<string?> ConfigBucket { get; } = new("--config-bucket") { Description = "The bucket given to plan as --config-bucket, whose policy plan reads (default: any bucket)." };

    public Option<string?> Plan { get; } = new("--plan") { Description = "Write the policy for exactly what this saved plan creates, in its account." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Account, Partition, TopicName, AlarmName, ConfigBucket, Plan })
        {
            command.Options.Add(option);
        }
    }

    public bool AnyGiven(ParseResult parsed)
        => parsed.GetResult(Account) is not null || parsed.GetResult(Partition) is not null || parsed.GetResult(TopicName) is not null
            || parsed.GetResult(AlarmName) is not null || parsed.GetResult(ConfigBucket) is not null || parsed.GetResult(Plan) is not null;

    public PermissionScope From(ParseResult parsed)
    {
        if (parsed.GetValue(Plan) is { } path)
        {
            if (parsed.GetResult(TopicName) is not null || parsed.GetResult(AlarmName) is not null || parsed.GetResult(Account) is not null
                || parsed.GetResult(Partition) is not null || parsed.GetResult(ConfigBucket) is not null)
            {
                throw new UsageException("--plan names the resources, account and partition itself; drop --topic-name, --alarm-name, --config-bucket, --account and --partition");
            }

            try
            {
                return PermissionScope.For(PlanFile.Load(path));
            }
            catch (RemediationFileException e)
            {
                throw new UsageException(e.Message);
            }
        }

        var account = parsed.GetValue(Account) ?? PermissionScope.Any;
        if (account != PermissionScope.Any && !(account.Length == 12 && account.All(char.IsAsciiDigit)))
        {
            throw new UsageException($"--account: '{account}' is not a 12-digit account ID");
        }

        var partition = parsed.GetValue(Partition) ?? PermissionScope.Any;
        if (partition is not (PermissionScope.Any or "aws" or "aws-cn" or "aws-us-gov" or "aws-iso" or "aws-iso-b"))
        {
            throw new UsageException($"--partition: '{partition}' is not an AWS partition (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b)");
        }

        var topic = parsed.GetValue(TopicName) ?? FixSettings.DefaultTopicName;
        if (topic.Length is 0 or > 256 || !topic.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new UsageException($"--topic-name: '{topic}' is not a valid SNS topic name (letters, digits, - and _, up to 256)");
        }

        return new PermissionScope
        {
            Account = account,
            Partition = partition,
            TopicNames = [topic],
            ConfigBucketNames = [parsed.GetValue(ConfigBucket) is { } bucket ? ValidBucket(bucket) : "*"],
            CreatedConfigBucketNames = [parsed.GetValue(ConfigBucket) is { } created ? ValidBucket(created) : "config-bucket-*"],
            AlarmNames = PermissionScope.DefaultAlarmNames(AlarmNames(parsed.GetValue(AlarmName) ?? [])),
        };
    }

    private static string ValidBucket(string bucket) => bucket.Length is >= 3 and <= 63 && bucket.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.')
        ? bucket
        : throw new UsageException($"--config-bucket: '{bucket}' is not an S3 bucket name (3 to 63 lower-case letters, digits, '-' and '.')");

    private static Dictionary<string, string> AlarmNames(string[] given)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in given)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            var control = eq > 0 ? ControlCatalogue.Default.Find(text[..eq]) : null;
            if (control is null || control.Kind != ControlKinds.MetricFilterAlarm || text.Length - eq - 1 is 0 or > 255)
            {
                throw new UsageException($"--alarm-name '{text}': expected CONTROL=NAME, a metric-filter control and a name of 1 to 255 characters");
            }

            if (!names.TryAdd(control.Id, text[(eq + 1)..]))
            {
                throw new UsageException($"--alarm-name: control '{control.Id}' is given two names");
            }
        }

        return names;
    }
}
