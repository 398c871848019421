using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TrailAlarm.Testing.AwsRules;

/// <summary>An HTTP answer to an AWS call: moto's, rewritten by a rule, or made by a rule.</summary>
public sealed record AwsReply(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string Text => Encoding.UTF8.GetString(Body);

    public JsonObject Json => (Body.Length > 0 ? JsonNode.Parse(Body) as JsonObject : null) ?? [];

    public AwsReply WithBody(string text) => this with { Body = Encoding.UTF8.GetBytes(text) };

    /// <summary>An AWS error in the wire format of <paramref name="call"/>'s protocol (JSON __type, or query XML).</summary>
    public static AwsReply Error(AwsCall call, string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest, bool sender = true)
        => call.IsJson ? JsonError(code, message, status) : XmlError(code, message, status, sender);

    public static AwsReply JsonError(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = new JsonObject { ["__type"] = code, ["message"] = message }.ToJsonString();
        return new((int)status, [new("Content-Type", "application/x-amz-json-1.1"), new("x-amzn-RequestId", RequestId())], Encoding.UTF8.GetBytes(body));
    }

    public static AwsReply XmlError(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest, bool sender = true)
    {
        var body = $"<ErrorResponse><Error><Type>{(sender ? "Sender" : "Receiver")}</Type><Code>{code}</Code><Message>{WebUtility.HtmlEncode(message)}</Message></Error><RequestId>{RequestId()}</RequestId></ErrorResponse>";
        return new((int)status, [new("Content-Type", "text/xml")], Encoding.UTF8.GetBytes(body));
    }

    private static string RequestId() => Guid.NewGuid().ToString();
}
