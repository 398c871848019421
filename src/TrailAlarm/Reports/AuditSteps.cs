using TrailAlarm.Catalogue;

namespace TrailAlarm.Reports;

/// <summary>The evidence steps an audit walks for each kind of control, in order, as the control pages explain them.</summary>
public static class AuditSteps
{
    public static IReadOnlyList<(string Step, string Checks)> For(Control control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return control.Kind switch
        {
            ControlKinds.MetricFilterAlarm =>
            [
                ("trail", "A multi-region trail exists (an organization trail counts for its member accounts)."),
                ("logging", "The trail is logging right now."),
                ("event-selectors", "The trail's event selectors record the management write events the control needs."),
                ("log-group", "The trail delivers to a CloudWatch Logs log group that exists."),
                ("metric-filter", "A metric filter on that log group fires on every required event; the pattern is analysed, not string-compared, so an equivalent or wider pattern passes and a narrower one fails naming the events it misses."),
                ("alarm", "An alarm watches the filter's metric and would go to ALARM on a single event."),
                ("alarm-action", "The alarm's actions are enabled and notify an SNS topic."),
                ("topic", "The topic exists."),
                ("subscriber", "The topic has at least one confirmed subscription; a pending one is reported as such."),
                ("topic-policy", "The topic's policy lets CloudWatch publish to it."),
                ("eventbridge", "Compensating control, looked at when the chain above is broken: in every region read, an enabled EventBridge rule on the default bus that matches every required event and targets an SNS topic with a confirmed subscriber."),
            ],
            ControlKinds.ConfigRecorder =>
            [
                ("recorder", "An AWS Config configuration recorder exists in each trail's home region."),
                ("recording", "The recorder is recording."),
                ("recording-group", "Its recording group covers AWS::CloudTrail::Trail (all supported types, or the type listed)."),
            ],
            _ => [],
        };
    }
}
