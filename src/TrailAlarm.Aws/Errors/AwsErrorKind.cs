namespace TrailAlarm.Aws;

/// <summary>What kind of failure an AWS call ended in, so callers can tell "not allowed" from "not there" from "try later".</summary>
public enum AwsErrorKind
{
    /// <summary>The caller lacks permission, or its credentials or signature were rejected.</summary>
    AccessDenied,

    /// <summary>AWS asked the caller to slow down and the retry budget ran out.</summary>
    Throttled,

    /// <summary>The named resource does not exist.</summary>
    NotFound,

    /// <summary>AWS rejected the request's content.</summary>
    Validation,

    /// <summary>The service could not be reached or kept failing (5xx, dropped connections, timeouts).</summary>
    Unavailable,

    /// <summary>Any other service error.</summary>
    Other,
}
