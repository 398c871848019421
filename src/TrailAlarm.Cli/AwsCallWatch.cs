using System.Collections.Concurrent;
using TrailAlarm.Remediation;

namespace TrailAlarm.Cli;

/// <summary>
/// The IAM actions of the AWS calls made while a watch is active (permissions watch): every session the CLI opens
/// reports its calls here, sessions in other accounts included.
/// </summary>
internal sealed class AwsCallWatch
{
    private static readonly AsyncLocal<AwsCallWatch?> Active = new();

    private readonly ConcurrentDictionary<string, byte> actions = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Actions => [.. actions.Keys];

    /// <summary>The observer for new sessions' settings, or null when nothing is watched.</summary>
    public static Action<string, string>? Observer => Active.Value is { } watch ? watch.Record : null;

    public static T While<T>(AwsCallWatch watch, Func<T> run)
    {
        var outer = Active.Value;
        Active.Value = watch;
        try
        {
            return run();
        }
        finally
        {
            Active.Value = outer;
        }
    }

    private void Record(string service, string operation) => actions.TryAdd(Permissions.IamAction(service, operation), 0);
}
