namespace TrailAlarm.Aws;

/// <summary>Maps AWS error codes and HTTP statuses to an <see cref="AwsErrorKind"/>.</summary>
public static class ErrorClassifier
{
    private static readonly HashSet<string> AccessDeniedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess", "AuthorizationError",
        "InvalidClientTokenId", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken",
        "ExpiredToken", "ExpiredTokenException", "AuthFailure", "UnrecognizedClientException", "InvalidAccessKeyId",
        "InsufficientPrivilegesException", "NotAuthorized", "OptInRequired", "RequestExpired", "InvalidToken",
        "AccessDeniedForDependencyException", "NotOrganizationMasterAccountException",
        "NotOrganizationManagementAccountException",
    };

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Throttling", "ThrottlingException", "Throttled", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    private static readonly HashSet<string> ValidationCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "ValidationError", "ValidationException", "MissingParameter", "MissingAction", "InvalidAction",
        "MalformedPolicyDocument", "MalformedPolicyDocumentException", "SerializationException",
    };

    private static readonly HashSet<string> UnavailableCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "ServiceUnavailable", "ServiceUnavailableException", "InternalFailure", "InternalError", "InternalErrorException",
        "InternalServiceError", "InternalServiceErrorException", "InternalServerError", "ServiceException",
        "RequestTimeout", "RequestTimeoutException", "Unavailable", "Timeout",
    };

    // LimitExceededException is a quota (e.g. 100 metric filters per log group), not a rate: it is not throttling
    // and is reported with its own code (kind Other).
    public static AwsErrorKind Classify(string code, int httpStatus)
    {
        if (AccessDeniedCodes.Contains(code))
        {
            return AwsErrorKind.AccessDenied;
        }

        if (ThrottlingCodes.Contains(code) || httpStatus == 429)
        {
            return AwsErrorKind.Throttled;
        }

        if (IsNotFoundCode(code))
        {
            return AwsErrorKind.NotFound;
        }

        if (UnavailableCodes.Contains(code) || httpStatus >= 500 || httpStatus == 0)
        {
            return AwsErrorKind.Unavailable;
        }

        if (ValidationCodes.Contains(code) || code.StartsWith("Invalid", StringComparison.Ordinal))
        {
            return AwsErrorKind.Validation;
        }

        return httpStatus switch
        {
            401 or 403 => AwsErrorKind.AccessDenied,
            404 => AwsErrorKind.NotFound,
            _ => AwsErrorKind.Other,
        };
    }

    private static bool IsNotFoundCode(string code)
        => code.EndsWith("NotFound", StringComparison.Ordinal)
            || code.EndsWith("NotFoundException", StringComparison.Ordinal)
            || code.EndsWith("NotFoundFault", StringComparison.Ordinal)
            || code.StartsWith("NoSuch", StringComparison.Ordinal)
            || code.EndsWith("NotInUseException", StringComparison.Ordinal)
            || code.EndsWith(".NotFound", StringComparison.Ordinal);
}
