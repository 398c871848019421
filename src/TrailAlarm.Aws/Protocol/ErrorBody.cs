using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace TrailAlarm.Aws.Protocol;

/// <summary>An AWS error read from any body we meet: JSON (__type / code, message / Message), query or EC2 XML
/// (Error/Code, also under Errors), the awsQueryCompatible header, or a non-AWS page (5xx HTML from a proxy).</summary>
internal sealed record ErrorBody(string Code, string Message, ErrorType Type, string? RequestId, HttpStatusCode Status)
{
    public static ErrorBody Parse(byte[] body, IWebResponseData? response, HttpStatusCode status)
    {
        var requestId = response?.GetHeaderValue("x-amzn-requestid") is { Length: > 0 } id ? id : null;
        var (code, message, type) = FromJson(body) ?? FromXml(body) ?? (null, null, null);
        if (response?.GetHeaderValue("x-amzn-query-error") is { Length: > 0 } queryError)
        {
            var parts = queryError.Split(';');
            code = parts[0];
            type ??= parts.Length > 1 ? parts[1] : null;
        }

        if (string.IsNullOrEmpty(code) && response?.GetHeaderValue("X-Amzn-ErrorType") is { Length: > 0 } headerType)
        {
            code = CleanCode(headerType);
        }

        code = string.IsNullOrEmpty(code) ? "Http" + ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : code;
        message = string.IsNullOrEmpty(message) ? $"HTTP {(int)status} without an AWS error body" : message;
        var errorType = type switch
        {
            "Sender" or "Client" => ErrorType.Sender,
            "Receiver" or "Server" => ErrorType.Receiver,
            _ => (int)status >= 500 ? ErrorType.Receiver : ErrorType.Sender,
        };
        return new ErrorBody(code, message, errorType, requestId, status);
    }

    public AmazonServiceException ToException(Exception innerException)
        => new(Message, innerException, Type, Code, RequestId, Status);

    /// <summary>"ns#Code", "Code:http://...", "ns#Code:http://..." all give "Code".</summary>
    internal static string CleanCode(string raw)
    {
        var code = raw[(raw.LastIndexOf('#') + 1)..];
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return (colon >= 0 ? code[..colon] : code).Trim();
    }

    private static (string? Code, string? Message, string? Type)? FromJson(byte[] body)
    {
        var start = Array.FindIndex(body, b => !char.IsWhiteSpace((char)b));
        if (start < 0 || body[start] != (byte)'{')
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var code = Text(root, "__type") ?? Text(root, "code") ?? Text(root, "Code");
            return (code is null ? null : CleanCode(code), Text(root, "message") ?? Text(root, "Message"), null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string? Code, string? Message, string? Type)? FromXml(byte[] body)
    {
        var start = Array.FindIndex(body, b => !char.IsWhiteSpace((char)b));
        if (start < 0 || body[start] != (byte)'<' || Encoding.UTF8.GetString(body, start, Math.Min(body.Length - start, 64)).Contains("<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var root = Xml.Load(body);
            var error = root.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == "Error");
            if (error is null)
            {
                return null;
            }

            return (error.Child("Code"), error.Child("Message") ?? error.Child("message"), error.Child("Type"));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
