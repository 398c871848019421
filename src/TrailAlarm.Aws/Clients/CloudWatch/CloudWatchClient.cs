using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.CloudWatch.CloudWatchJsonContext;

namespace TrailAlarm.Aws.CloudWatch;

/// <summary>Amazon CloudWatch alarms, over awsJson1_0 (target GraniteServiceVersion20100801, x-amzn-query-mode).</summary>
public sealed class CloudWatchClient : AwsServiceClient
{
    internal CloudWatchClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeAlarms", request, J.Default.DescribeAlarmsRequest, J.Default.DescribeAlarmsResponse, cancellationToken);

    public Task<DescribeAlarmsForMetricResponse> DescribeAlarmsForMetricAsync(DescribeAlarmsForMetricRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeAlarmsForMetric", request, J.Default.DescribeAlarmsForMetricRequest, J.Default.DescribeAlarmsForMetricResponse, cancellationToken);

    public Task<CloudWatchEmptyResponse> PutMetricAlarmAsync(PutMetricAlarmRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutMetricAlarm", request, J.Default.PutMetricAlarmRequest, J.Default.CloudWatchEmptyResponse, cancellationToken);

    public Task<CloudWatchEmptyResponse> DeleteAlarmsAsync(DeleteAlarmsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DeleteAlarms", request, J.Default.DeleteAlarmsRequest, J.Default.CloudWatchEmptyResponse, cancellationToken);

    public Task<CloudWatchEmptyResponse> SetAlarmStateAsync(SetAlarmStateRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("SetAlarmState", request, J.Default.SetAlarmStateRequest, J.Default.CloudWatchEmptyResponse, cancellationToken);

    /// <summary>Every metric alarm matching the request, across pages (composite alarms are left out).</summary>
    public Task<IReadOnlyList<MetricAlarm>> DescribeAllMetricAlarmsAsync(DescribeAlarmsRequest? request = null, CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "DescribeAlarms",
            (token, ct) => DescribeAlarmsAsync((request ?? new()) with { NextToken = token }, ct),
            page => page.MetricAlarms,
            page => page.NextToken,
            cancellationToken);
}
