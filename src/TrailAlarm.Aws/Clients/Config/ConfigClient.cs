using TrailAlarm.Aws.Protocol;
using J = TrailAlarm.Aws.Config.ConfigJsonContext;

namespace TrailAlarm.Aws.Config;

/// <summary>AWS Config recorders and delivery channels (awsJson1_1, target StarlingDoveService). Strictly per region.</summary>
public sealed class ConfigClient : AwsServiceClient
{
    internal ConfigClient(ProtocolClient client, CallContext context)
        : base(client, context)
    {
    }

    public Task<DescribeConfigurationRecordersResponse> DescribeConfigurationRecordersAsync(DescribeConfigurationRecordersRequest? request = null, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeConfigurationRecorders", request ?? new(), J.Default.DescribeConfigurationRecordersRequest, J.Default.DescribeConfigurationRecordersResponse, cancellationToken);

    public Task<ConfigEmptyResponse> PutConfigurationRecorderAsync(PutConfigurationRecorderRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutConfigurationRecorder", request, J.Default.PutConfigurationRecorderRequest, J.Default.ConfigEmptyResponse, cancellationToken);

    public Task<ConfigEmptyResponse> StartConfigurationRecorderAsync(RecorderNameRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("StartConfigurationRecorder", request, J.Default.RecorderNameRequest, J.Default.ConfigEmptyResponse, cancellationToken);

    public Task<ConfigEmptyResponse> StopConfigurationRecorderAsync(RecorderNameRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("StopConfigurationRecorder", request, J.Default.RecorderNameRequest, J.Default.ConfigEmptyResponse, cancellationToken);

    public Task<ConfigEmptyResponse> DeleteConfigurationRecorderAsync(RecorderNameRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DeleteConfigurationRecorder", request, J.Default.RecorderNameRequest, J.Default.ConfigEmptyResponse, cancellationToken);

    public Task<DescribeConfigurationRecorderStatusResponse> DescribeConfigurationRecorderStatusAsync(DescribeConfigurationRecordersRequest? request = null, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeConfigurationRecorderStatus", request ?? new(), J.Default.DescribeConfigurationRecordersRequest, J.Default.DescribeConfigurationRecorderStatusResponse, cancellationToken);

    public Task<DescribeDeliveryChannelsResponse> DescribeDeliveryChannelsAsync(DescribeDeliveryChannelsRequest? request = null, CancellationToken cancellationToken = default)
        => JsonAsync("DescribeDeliveryChannels", request ?? new(), J.Default.DescribeDeliveryChannelsRequest, J.Default.DescribeDeliveryChannelsResponse, cancellationToken);

    public Task<ConfigEmptyResponse> PutDeliveryChannelAsync(PutDeliveryChannelRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("PutDeliveryChannel", request, J.Default.PutDeliveryChannelRequest, J.Default.ConfigEmptyResponse, cancellationToken);

    public Task<ConfigEmptyResponse> DeleteDeliveryChannelAsync(DeleteDeliveryChannelRequest request, CancellationToken cancellationToken = default)
        => JsonAsync("DeleteDeliveryChannel", request, J.Default.DeleteDeliveryChannelRequest, J.Default.ConfigEmptyResponse, cancellationToken);
}
