using System.Globalization;

namespace TrailAlarm.Aws;

/// <summary>An AWS call failed. Names the call (service, operation, region) and AWS's own error code and message.</summary>
public sealed class AwsApiException : Exception
{
    public AwsApiException()
        : this("unknown", "unknown", "unknown", "Unknown", "unknown error", 0, AwsErrorKind.Other)
    {
    }

    public AwsApiException(string message)
        : this("unknown", "unknown", "unknown", "Unknown", message, 0, AwsErrorKind.Other)
    {
    }

    public AwsApiException(string message, Exception innerException)
        : this("unknown", "unknown", "unknown", "Unknown", message, 0, AwsErrorKind.Other, null, innerException)
    {
    }

    public AwsApiException(
        string service,
        string operation,
        string region,
        string code,
        string awsMessage,
        int httpStatus,
        AwsErrorKind kind,
        string? requestId = null,
        Exception? innerException = null)
        : base(Describe(service, operation, region, code, awsMessage, httpStatus), innerException)
    {
        Service = service;
        Operation = operation;
        Region = region;
        Code = code;
        AwsMessage = awsMessage;
        HttpStatus = httpStatus;
        Kind = kind;
        RequestId = requestId;
    }

    /// <summary>The service's signing name, e.g. "cloudtrail", "logs", "monitoring".</summary>
    public string Service { get; }

    /// <summary>The AWS operation, e.g. "DescribeTrails".</summary>
    public string Operation { get; }

    public string Region { get; }

    /// <summary>AWS's error code, e.g. "AccessDeniedException", or "Http503" when the body carried none.</summary>
    public string Code { get; }

    /// <summary>AWS's own message, without the call description that <see cref="Exception.Message"/> adds.</summary>
    public string AwsMessage { get; }

    /// <summary>The HTTP status, or 0 when no response arrived.</summary>
    public int HttpStatus { get; }

    public AwsErrorKind Kind { get; }

    public string? RequestId { get; }

    /// <summary>"cloudtrail:DescribeTrails" — how findings name the call.</summary>
    public string Call => Service + ":" + Operation;

    private static string Describe(string service, string operation, string region, string code, string message, int status)
    {
        var http = status == 0 ? "no response" : "HTTP " + status.ToString(CultureInfo.InvariantCulture);
        return $"{service}:{operation} in {region} failed: {code} ({http}): {message}";
    }
}
