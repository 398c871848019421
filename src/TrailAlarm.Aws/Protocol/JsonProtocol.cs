using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace TrailAlarm.Aws.Protocol;

/// <summary>awsJson1_0 / awsJson1_1: POST / with X-Amz-Target and the request record as the JSON body.</summary>
internal sealed class JsonMarshaller<T>(ServiceDef def, JsonTypeInfo<T> typeInfo) : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var wire = (WireRequest<T>)input;
        var request = new DefaultRequest(input, def.ServiceId) { HttpMethod = "POST", ResourcePath = "/" };
        request.Headers["X-Amz-Target"] = def.TargetPrefix + "." + wire.Operation;
        request.Headers["Content-Type"] = def.Protocol == WireProtocol.Json10 ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1";
        if (def.QueryCompatible)
        {
            request.Headers["x-amzn-query-mode"] = "true";
        }

        request.Content = JsonSerializer.SerializeToUtf8Bytes(wire.Body, typeInfo);
        return request;
    }
}

/// <summary>Reads a JSON body into the response record; an empty body (Logs answers some calls with none) is an empty record.</summary>
internal sealed class JsonUnmarshaller<T>(JsonTypeInfo<T> typeInfo) : JsonResponseUnmarshaller
    where T : new()
{
    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var bytes = ReadAll(context.Stream);
        var body = IsBlank(bytes) ? new T() : JsonSerializer.Deserialize(bytes, typeInfo) ?? new T();
        return new WireResponse<T> { Body = body };
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
        => ErrorBody.Parse(ReadAll(context.Stream), context.ResponseData, statusCode).ToException(innerException);

    internal static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static bool IsBlank(byte[] bytes) => bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t');
}
