using System.Net;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Util;

namespace TrailAlarm.Aws.Protocol;

/// <summary>awsQuery / ec2: a form body with Action and Version plus the parameters the operation writes.</summary>
internal sealed class QueryMarshaller<T>(ServiceDef def, Action<T, QueryWriter> write) : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var wire = (WireRequest<T>)input;
        var request = new DefaultRequest(input, def.ServiceId) { HttpMethod = "POST", ResourcePath = "/" };
        request.Parameters["Action"] = wire.Operation;
        request.Parameters["Version"] = def.ApiVersion;
        write(wire.Body, new QueryWriter(request.Parameters, def.Protocol == WireProtocol.Ec2));
        request.ContentStream = AWSSDKUtils.WriteParametersToPooledStream(request);
        return request;
    }
}

/// <summary>Reads the &lt;XxxResult&gt; element (or, for EC2, the root) with the operation's parse function.</summary>
internal sealed class XmlUnmarshaller<T>(Func<XElement, T> parse) : XmlResponseUnmarshaller
    where T : new()
{
    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context)
    {
        var bytes = JsonUnmarshaller<T>.ReadAll(context.Stream);
        if (bytes.Length == 0)
        {
            return new WireResponse<T> { Body = new T() };
        }

        var root = Xml.Load(bytes);
        var result = root.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("Result", StringComparison.Ordinal)) ?? root;
        return new WireResponse<T> { Body = parse(result) };
    }

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
        => ErrorBody.Parse(JsonUnmarshaller<T>.ReadAll(context.Stream), context.ResponseData, statusCode).ToException(innerException);
}

internal static class Xml
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XElement Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, Safe);
        return XElement.Load(reader);
    }
}
