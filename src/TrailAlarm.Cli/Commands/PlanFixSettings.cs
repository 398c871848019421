using System.CommandLine;
using System.Globalization;
using TrailAlarm.Catalogue;
using TrailAlarm.Remediation;
using TrailAlarm.Remediation.Kinds;

namespace TrailAlarm.Cli.Commands;

/// <summary>Turns the fix options as given into <see cref="FixSettings"/>; a bad value is a usage error naming it.</summary>
internal static class PlanFixSettings
{
    public static FixSettings From(ParseResult parsed, FixOptions options)
    {
        var controls = ControlCatalogue.Default.Expand((parsed.GetValue(options.Controls) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        foreach (var id in controls.Where(id => ControlCatalogue.Default.Find(id) is null))
        {
            throw new UsageException($"--controls: '{id}' is not a control id (see 'trailalarm controls')");
        }

        List<Subscriber> subscribers;
        try
        {
            subscribers = [.. (parsed.GetValue(options.Subscribe) ?? []).Select(Subscriber.Parse)];
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }

        var topicArn = parsed.GetValue(options.TopicArn);
        if (topicArn is not null && !(topicArn.StartsWith("arn:", StringComparison.Ordinal) && topicArn.Split(':').Length == 6 && topicArn.Split(':')[2] == "sns"))
        {
            throw new UsageException($"--topic-arn: '{topicArn}' is not an SNS topic ARN (arn:aws:sns:REGION:ACCOUNT:NAME)");
        }

        var topicName = parsed.GetValue(options.TopicName) ?? FixSettings.DefaultTopicName;
        if (topicName.Length is 0 or > 256 || !topicName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new UsageException($"--topic-name: '{topicName}' is not a valid SNS topic name (letters, digits, - and _, up to 256)");
        }

        var ns = parsed.GetValue(options.Namespace) ?? FixSettings.DefaultNamespace;
        if (string.IsNullOrWhiteSpace(ns) || ns.Length > 255)
        {
            throw new UsageException($"--namespace: '{ns}' is not a valid metric namespace");
        }

        var configBucket = parsed.GetValue(options.ConfigBucket);
        var createConfigBucket = parsed.GetValue(options.CreateConfigBucket);
        if (createConfigBucket && !parsed.GetValue(options.FixConfigRecorder))
        {
            throw new UsageException("--create-config-bucket: only with --fix-config-recorder (the bucket is for AWS Config's delivery channel)");
        }

        if (configBucket is not null && !ConfigBucketRules.IsBucketName(configBucket))
        {
            throw new UsageException($"--config-bucket: '{configBucket}' is not a valid S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit)");
        }

        var keyArn = parsed.GetValue(options.LogKmsKey);
        if (keyArn is not null && !(keyArn.StartsWith("arn:", StringComparison.Ordinal) && keyArn.Split(':') is [_, _, "kms", { Length: > 0 }, { Length: 12 }, ['k', 'e', 'y', '/', _, ..]]))
        {
            throw new UsageException($"--log-kms-key: '{keyArn}' is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID)");
        }

        return new FixSettings
        {
            Subscribers = subscribers,
            TopicName = topicName,
            TopicArn = topicArn,
            AlarmNames = AlarmNames(parsed.GetValue(options.AlarmName) ?? [], controls),
            Namespace = ns,
            IntegrateTrail = parsed.GetValue(options.IntegrateTrail),
            LogRetentionDays = RetentionDays(parsed.GetValue(options.LogRetentionDays)),
            LogKmsKey = keyArn,
            FixConfigRecorder = parsed.GetValue(options.FixConfigRecorder),
            ConfigBucket = configBucket,
            CreateConfigBucket = createConfigBucket,
            HighRiskOnly = parsed.GetValue(options.HighRiskOnly),
            Controls = controls,
        };
    }

    /// <summary>"never" keeps the events forever; a number must be one CloudWatch Logs accepts.</summary>
    private static int? RetentionDays(string? given)
    {
        if (given is null)
        {
            return LogGroupSpec.DefaultRetentionDays;
        }

        if (given == "never")
        {
            return null;
        }

        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && LogGroupSpec.RetentionDays.Contains(days)
            ? days
            : throw new UsageException($"--log-retention-days: '{given}' is not a retention CloudWatch Logs accepts ({string.Join(", ", LogGroupSpec.RetentionDays)}) or 'never'");
    }

    /// <summary>CONTROL=NAME, or a bare NAME for the first metric-filter control selected.</summary>
    private static Dictionary<string, string> AlarmNames(string[] given, List<string> controls)
    {
        var names = new Dictionary<string, string>();
        var metricControls = ControlCatalogue.Default.Controls
            .Where(c => c.Kind == ControlKinds.MetricFilterAlarm && (controls.Count == 0 || controls.Contains(c.Id)))
            .Select(c => c.Id).ToList();
        foreach (var text in given)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            var (id, name) = eq > 0 && ControlCatalogue.Default.Find(text[..eq]) is not null
                ? (text[..eq], text[(eq + 1)..])
                : (metricControls.FirstOrDefault() ?? throw new UsageException($"--alarm-name '{text}': no metric-filter control is selected"), text);
            if (name.Length is 0 or > 255)
            {
                throw new UsageException($"--alarm-name '{text}': an alarm name has 1 to 255 characters");
            }

            if (!names.TryAdd(id, name))
            {
                throw new UsageException($"--alarm-name: control '{id}' is given two names");
            }
        }

        return names;
    }
}
