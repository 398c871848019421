using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.Athena.AthenaJsonContext;

namespace TrailAlarm.Aws.Athena;

/// <summary>Amazon Athena (awsJson1_1): run a query, poll it, page its results, stop it.</summary>
public sealed class AthenaClient : AwsServiceClient
{
    internal AthenaClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<StartQueryExecutionResponse> StartQueryExecutionAsync(StartQueryExecutionRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("StartQueryExecution", request, J.Default.StartQueryExecutionRequest, J.Default.StartQueryExecutionResponse, cancellationToken);

    public Task<GetQueryExecutionResponse> GetQueryExecutionAsync(QueryExecutionIdRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("GetQueryExecution", request, J.Default.QueryExecutionIdRequest, J.Default.GetQueryExecutionResponse, cancellationToken);

    /// <summary>One page of results; for a SELECT the first page's first row holds the column names.</summary>
    public Task<GetQueryResultsResponse> GetQueryResultsAsync(GetQueryResultsRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("GetQueryResults", request, J.Default.GetQueryResultsRequest, J.Default.GetQueryResultsResponse, cancellationToken);

    public Task<AthenaEmptyResponse> StopQueryExecutionAsync(QueryExecutionIdRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("StopQueryExecution", request, J.Default.QueryExecutionIdRequest, J.Default.AthenaEmptyResponse, cancellationToken);
}
