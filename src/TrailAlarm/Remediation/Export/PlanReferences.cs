using TrailAlarm.Remediation.Kinds;

namespace TrailAlarm.Remediation.Export;

/// <summary>
/// The changes of a plan that other changes name: a log group by its name, a topic by its ARN, a metric filter by the
/// metric it publishes, a region's recorder and delivery channel. Each export decides which of them its file holds.
/// </summary>
internal sealed class PlanReferences(Plan plan)
{
    public Change? LogGroup(string region, string name)
        => Find(ResourceKinds.LogGroup, region, c => c.Attribute(Attr.LogGroupName) == name);

    public Change? Topic(string arn) => plan.Changes.FirstOrDefault(c => c.Kind == ResourceKinds.Topic && c.Attribute(Attr.Arn) == arn);

    /// <summary>The filter that publishes the metric an alarm watches.</summary>
    public Change? FilterOf(string region, string metricNamespace, string metricName) => Find(ResourceKinds.MetricFilter, region, c =>
        c.After is { } after && FilterSpec.From(after) is var f && f.MetricNamespace == metricNamespace && f.MetricName == metricName);

    /// <summary>The region's recorder (AWS Config has at most one a region).</summary>
    public Change? Recorder(string region) => Find(ResourceKinds.Recorder, region, _ => true);

    public Change? DeliveryChannel(string region) => Find(ResourceKinds.DeliveryChannel, region, _ => true);

    /// <summary>The service-linked role with this ARN (IAM is global: whichever region the plan put it in).</summary>
    public Change? ServiceLinkedRole(string arn) => plan.Changes.FirstOrDefault(c => c.Kind == ResourceKinds.ServiceLinkedRole && c.Attribute(Attr.Arn) == arn);

    /// <summary>The bucket --create-config-bucket creates with this name (S3 names are global: any region).</summary>
    public Change? ConfigBucket(string name) => plan.Changes.FirstOrDefault(c => c.Kind == ResourceKinds.ConfigBucket && c.Attribute(Attr.Bucket) == name);

    private Change? Find(ResourceKind kind, string region, Func<Change, bool> match)
        => plan.Changes.FirstOrDefault(c => c.Kind == kind && c.Region == region && match(c));
}
