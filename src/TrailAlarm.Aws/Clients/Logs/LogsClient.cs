using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.Logs.LogsJsonContext;

namespace TrailAlarm.Aws.Logs;

/// <summary>Amazon CloudWatch Logs (awsJson1_1). Pagination uses nextToken/limit.</summary>
public sealed class LogsClient : AwsServiceClient
{
    internal LogsClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<DescribeLogGroupsResponse> DescribeLogGroupsAsync(DescribeLogGroupsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeLogGroups", request, J.Default.DescribeLogGroupsRequest, J.Default.DescribeLogGroupsResponse, cancellationToken);

    public Task<DescribeMetricFiltersResponse> DescribeMetricFiltersAsync(DescribeMetricFiltersRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeMetricFilters", request, J.Default.DescribeMetricFiltersRequest, J.Default.DescribeMetricFiltersResponse, cancellationToken);

    public Task<LogsEmptyResponse> PutMetricFilterAsync(PutMetricFilterRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutMetricFilter", request, J.Default.PutMetricFilterRequest, J.Default.LogsEmptyResponse, cancellationToken);

    public Task<LogsEmptyResponse> DeleteMetricFilterAsync(DeleteMetricFilterRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DeleteMetricFilter", request, J.Default.DeleteMetricFilterRequest, J.Default.LogsEmptyResponse, cancellationToken);

    public Task<TestMetricFilterResponse> TestMetricFilterAsync(TestMetricFilterRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("TestMetricFilter", request, J.Default.TestMetricFilterRequest, J.Default.TestMetricFilterResponse, cancellationToken);

    public Task<FilterLogEventsResponse> FilterLogEventsAsync(FilterLogEventsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("FilterLogEvents", request, J.Default.FilterLogEventsRequest, J.Default.FilterLogEventsResponse, cancellationToken);

    public Task<LogsEmptyResponse> CreateLogGroupAsync(CreateLogGroupRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("CreateLogGroup", request, J.Default.CreateLogGroupRequest, J.Default.LogsEmptyResponse, cancellationToken);

    public Task<LogsEmptyResponse> PutRetentionPolicyAsync(PutRetentionPolicyRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutRetentionPolicy", request, J.Default.PutRetentionPolicyRequest, J.Default.LogsEmptyResponse, cancellationToken);

    public Task<LogsEmptyResponse> DeleteLogGroupAsync(DeleteLogGroupRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DeleteLogGroup", request, J.Default.DeleteLogGroupRequest, J.Default.LogsEmptyResponse, cancellationToken);

    public Task<LogsEmptyResponse> CreateLogStreamAsync(CreateLogStreamRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("CreateLogStream", request, J.Default.CreateLogStreamRequest, J.Default.LogsEmptyResponse, cancellationToken);

    public Task<PutLogEventsResponse> PutLogEventsAsync(PutLogEventsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutLogEvents", request, J.Default.PutLogEventsRequest, J.Default.PutLogEventsResponse, cancellationToken);

    /// <summary>Every log group matching the request, across pages.</summary>
    public Task<IReadOnlyList<LogGroup>> DescribeAllLogGroupsAsync(DescribeLogGroupsRequest? request = null, CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "DescribeLogGroups",
            (token, ct) => DescribeLogGroupsAsync((request ?? new()) with { NextToken = token }, ct),
            page => page.LogGroups,
            page => page.NextToken,
            cancellationToken);

    /// <summary>Every metric filter matching the request (e.g. one log group's), across pages.</summary>
    public Task<IReadOnlyList<MetricFilter>> DescribeAllMetricFiltersAsync(DescribeMetricFiltersRequest? request = null, CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "DescribeMetricFilters",
            (token, ct) => DescribeMetricFiltersAsync((request ?? new()) with { NextToken = token }, ct),
            page => page.MetricFilters,
            page => page.NextToken,
            cancellationToken);

    /// <summary>Every matching log event, across pages.</summary>
    public Task<IReadOnlyList<FilteredLogEvent>> FilterAllLogEventsAsync(FilterLogEventsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AllPagesAsync(
            "FilterLogEvents",
            (token, ct) => FilterLogEventsAsync(request with { NextToken = token }, ct),
            page => page.Events,
            page => page.NextToken,
            cancellationToken);
    }
}
