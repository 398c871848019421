using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.CloudTrail.CloudTrailJsonContext;

namespace TrailAlarm.Aws.CloudTrail;

/// <summary>AWS CloudTrail (awsJson1_1). Address a trail by Name in its HomeRegion for per-trail calls.</summary>
public sealed class CloudTrailClient : AwsServiceClient
{
    /// <summary>CloudTrail allows LookupEvents 2 requests per second per account and region (CloudTrail quotas),
    /// and a client serves one account in one region.</summary>
    private readonly TokenBucket lookupEventsPace;

    internal CloudTrailClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
        lookupEventsPace = new TokenBucket(perSecond: 2, burst: 1, context.Time);
    }

    public Task<DescribeTrailsResponse> DescribeTrailsAsync(DescribeTrailsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeTrails", request, J.Default.DescribeTrailsRequest, J.Default.DescribeTrailsResponse, cancellationToken);

    public Task<GetTrailResponse> GetTrailAsync(GetTrailRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("GetTrail", request, J.Default.GetTrailRequest, J.Default.GetTrailResponse, cancellationToken);

    public Task<GetTrailStatusResponse> GetTrailStatusAsync(GetTrailStatusRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("GetTrailStatus", request, J.Default.GetTrailStatusRequest, J.Default.GetTrailStatusResponse, cancellationToken);

    public Task<GetEventSelectorsResponse> GetEventSelectorsAsync(GetEventSelectorsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("GetEventSelectors", request, J.Default.GetEventSelectorsRequest, J.Default.GetEventSelectorsResponse, cancellationToken);

    public Task<PutEventSelectorsResponse> PutEventSelectorsAsync(PutEventSelectorsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutEventSelectors", request, J.Default.PutEventSelectorsRequest, J.Default.PutEventSelectorsResponse, cancellationToken);

    /// <summary>CreateTrail and UpdateTrail answer with the trail as now configured (a subset of a described trail's fields).</summary>
    public Task<Trail> CreateTrailAsync(TrailSettings request, CancellationToken cancellationToken = default)
        => JsonAsync("CreateTrail", request, J.Default.TrailSettings, J.Default.Trail, cancellationToken);

    public Task<Trail> UpdateTrailAsync(TrailSettings request, CancellationToken cancellationToken = default)
        => JsonAsync("UpdateTrail", request, J.Default.TrailSettings, J.Default.Trail, cancellationToken);

    public Task<EmptyResponse> DeleteTrailAsync(TrailNameRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DeleteTrail", request, J.Default.TrailNameRequest, J.Default.EmptyResponse, cancellationToken);

    public Task<EmptyResponse> StartLoggingAsync(TrailNameRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("StartLogging", request, J.Default.TrailNameRequest, J.Default.EmptyResponse, cancellationToken);

    public Task<EmptyResponse> StopLoggingAsync(TrailNameRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("StopLogging", request, J.Default.TrailNameRequest, J.Default.EmptyResponse, cancellationToken);

    public Task<ListTrailsResponse> ListTrailsAsync(ListTrailsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("ListTrails", request, J.Default.ListTrailsRequest, J.Default.ListTrailsResponse, cancellationToken);

    /// <summary>Paced to at most 2 calls a second from this client (retries after throttling aside).</summary>
    public async Task<LookupEventsResponse> LookupEventsAsync(LookupEventsRequest request, CancellationToken cancellationToken = default)
    {
        await lookupEventsPace.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await JsonAsync("LookupEvents", request, J.Default.LookupEventsRequest, J.Default.LookupEventsResponse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every trail visible in this region, shadow trails of multi-region trails included.</summary>
    public async Task<IReadOnlyList<Trail>> DescribeAllTrailsAsync(CancellationToken cancellationToken = default)
        => (await DescribeTrailsAsync(new DescribeTrailsRequest { IncludeShadowTrails = true }, cancellationToken).ConfigureAwait(false)).TrailList;

    public Task<IReadOnlyList<TrailInfo>> ListAllTrailsAsync(CancellationToken cancellationToken = default)
        => AllPagesAsync(
            "ListTrails",
            (token, ct) => ListTrailsAsync(new ListTrailsRequest { NextToken = token }, ct),
            page => page.Trails,
            page => page.NextToken,
            cancellationToken);

    /// <summary>Every event matching the request, across pages (the request's NextToken is ignored).</summary>
    public Task<IReadOnlyList<LookupEvent>> LookupAllEventsAsync(LookupEventsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AllPagesAsync(
            "LookupEvents",
            (token, ct) => LookupEventsAsync(request with { NextToken = token }, ct),
            page => page.Events,
            page => page.NextToken,
            cancellationToken);
    }
}
