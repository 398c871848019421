using System.Net;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.S3;

namespace TrailAlarm.Aws.S3;

/// <summary>An S3 REST error document (&lt;Error&gt;&lt;Code&gt;…&lt;Message&gt;…) turned into the SDK's exception.</summary>
internal static class S3ErrorBody
{
    public static AmazonS3Exception ToException(HttpStatusCode status, string? body)
    {
        var (code, message, requestId) = Parse(body);
        return new AmazonS3Exception(message ?? $"HTTP {(int)status}", ErrorType.Sender, code ?? status.ToString(), requestId ?? "", status);
    }

    private static (string? Code, string? Message, string? RequestId) Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, null);
        }

        try
        {
            var error = XDocument.Parse(body).Root;
            string? Field(string name) => error?.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            return (Field("Code"), Field("Message"), Field("RequestId"));
        }
        catch (System.Xml.XmlException)
        {
            return (null, null, null);
        }
    }
}
