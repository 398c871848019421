using TrailAlarm.Findings;

namespace TrailAlarm.Controls;

/// <summary>
/// One path through the alarm chain (trail → … → subscriber): its steps so far, and the region and resource of the
/// latest evidence. The chain's status is that of its first step that did not pass.
/// </summary>
internal sealed record Chain(IReadOnlyList<Step> Steps, string Region, string Resource)
{
    public static Chain Start(string region, string resource) => new([], region, resource);

    public Status Status => Steps.FirstOrDefault(s => s.Status != Status.Pass)?.Status ?? Status.Pass;

    /// <summary>How many steps passed before the chain stopped; the deepest failing chain explains the finding best.</summary>
    public int Depth => Steps.TakeWhile(s => s.Status == Status.Pass).Count();

    public Step? Stopper => Steps.FirstOrDefault(s => s.Status != Status.Pass);

    public Chain Then(string step, Status status, string detail, string? region = null, string? resource = null)
        => new([.. Steps, new Step(step, status, detail)], region ?? Region, resource ?? Resource);

    public Chain Pass(string step, string detail, string? region = null, string? resource = null) => Then(step, Status.Pass, detail, region, resource);

    public Chain Fail(string step, string detail) => Then(step, Status.Fail, detail);

    public Chain Unknown(string step, string detail) => Then(step, Status.Unknown, detail);
}

internal static class StepNames
{
    public const string Trail = "trail";
    public const string Logging = "logging";
    public const string EventSelectors = "event-selectors";
    public const string LogGroup = "log-group";
    public const string MetricFilter = "metric-filter";
    public const string Alarm = "alarm";
    public const string AlarmAction = "alarm-action";
    public const string Topic = "topic";
    public const string TopicKey = "topic-key";
    public const string Subscriber = "subscriber";
    public const string TopicPolicy = "topic-policy";
    public const string EventBridge = "eventbridge";
    public const string Account = "account";
    public const string Recorder = "recorder";
    public const string Recording = "recording";
    public const string RecordingGroup = "recording-group";
}
