using System.Net;
using System.Text;
using Amazon.Runtime;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Tests.Units;

public class ErrorParsingTests
{
    private static ErrorBody Parse(string body, HttpStatusCode status = HttpStatusCode.BadRequest)
        => ErrorBody.Parse(Encoding.UTF8.GetBytes(body), null, status);

    [Theory]
    [InlineData("""{"__type":"TrailNotFoundException","message":"m"}""", "TrailNotFoundException")]
    [InlineData("""{"__type":"com.amazonaws.cloudtrail.v20131101#TrailNotFoundException","Message":"m"}""", "TrailNotFoundException")]
    [InlineData("""{"__type":"GraniteServiceVersion20100801#ResourceNotFound","message":"m"}""", "ResourceNotFound")]
    [InlineData("""{"__type":"InvalidParameterException:http://internal.amazon.com/coral/com.amazon.coral.validate/","message":"m"}""", "InvalidParameterException")]
    [InlineData("""{"code":"ThrottlingException","message":"m"}""", "ThrottlingException")]
    public void Json_error_codes_are_cleaned_of_namespaces_and_suffixes(string body, string code)
    {
        var error = Parse(body);

        Assert.Equal(code, error.Code);
        Assert.Equal("m", error.Message);
        Assert.Equal(ErrorType.Sender, error.Type);
    }

    [Fact]
    public void Query_error_reads_code_message_and_fault()
    {
        var error = Parse("""<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>r</RequestId></ErrorResponse>""", HttpStatusCode.NotFound);

        Assert.Equal("NotFound", error.Code);
        Assert.Equal("Topic does not exist", error.Message);
        Assert.Equal(HttpStatusCode.NotFound, error.Status);
    }

    [Fact]
    public void Auth_errors_nested_under_errors_are_read_even_for_json_services()
    {
        var error = Parse("""<?xml version="1.0" encoding="utf-8"?><ErrorResponse><Errors><Error><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>""", HttpStatusCode.Forbidden);

        Assert.Equal("InvalidClientTokenId", error.Code);
        Assert.StartsWith("The security token", error.Message);
    }

    [Fact]
    public void Ec2_error_shape_is_read()
    {
        var error = Parse("""<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized</Message></Error></Errors><RequestID>x</RequestID></Response>""", HttpStatusCode.Forbidden);

        Assert.Equal("UnauthorizedOperation", error.Code);
    }

    [Fact]
    public void An_html_page_becomes_an_http_status_code_and_a_receiver_fault()
    {
        var error = Parse("<!doctype html><html><title>500 Internal Server Error</title></html>", HttpStatusCode.InternalServerError);

        Assert.Equal("Http500", error.Code);
        Assert.Equal(ErrorType.Receiver, error.Type);
        Assert.Contains("500", error.Message);
    }

    [Fact]
    public void An_empty_body_still_gives_a_code()
        => Assert.Equal("Http503", Parse(string.Empty, HttpStatusCode.ServiceUnavailable).Code);

    [Theory]
    [InlineData("AccessDeniedException", 400, AwsErrorKind.AccessDenied)]
    [InlineData("AccessDenied", 403, AwsErrorKind.AccessDenied)]
    [InlineData("SignatureDoesNotMatch", 403, AwsErrorKind.AccessDenied)]
    [InlineData("AuthorizationError", 403, AwsErrorKind.AccessDenied)]
    [InlineData("UnauthorizedOperation", 403, AwsErrorKind.AccessDenied)]
    [InlineData("SomethingElse", 403, AwsErrorKind.AccessDenied)]
    [InlineData("ThrottlingException", 400, AwsErrorKind.Throttled)]
    [InlineData("Throttling", 400, AwsErrorKind.Throttled)]
    [InlineData("TooManyRequestsException", 400, AwsErrorKind.Throttled)]
    [InlineData("Anything", 429, AwsErrorKind.Throttled)]
    [InlineData("TrailNotFoundException", 400, AwsErrorKind.NotFound)]
    [InlineData("ResourceNotFound", 404, AwsErrorKind.NotFound)]
    [InlineData("NoSuchEntity", 404, AwsErrorKind.NotFound)]
    [InlineData("NoSuchBucket", 404, AwsErrorKind.NotFound)]
    [InlineData("AWSOrganizationsNotInUseException", 400, AwsErrorKind.NotFound)]
    [InlineData("ValidationError", 400, AwsErrorKind.Validation)]
    [InlineData("InvalidParameterException", 400, AwsErrorKind.Validation)]
    [InlineData("Http503", 503, AwsErrorKind.Unavailable)]
    [InlineData("InternalFailure", 500, AwsErrorKind.Unavailable)]
    [InlineData("ConnectionFailed", 0, AwsErrorKind.Unavailable)]
    [InlineData("ResourceAlreadyExistsException", 400, AwsErrorKind.Other)]
    public void Error_codes_map_to_kinds(string code, int status, AwsErrorKind kind)
        => Assert.Equal(kind, ErrorClassifier.Classify(code, status));

    [Fact]
    public void The_exception_message_names_the_call_region_code_and_status()
    {
        var e = new AwsApiException("cloudtrail", "GetTrailStatus", "eu-west-1", "AccessDeniedException", "not allowed", 400, AwsErrorKind.AccessDenied);

        Assert.Equal("cloudtrail:GetTrailStatus in eu-west-1 failed: AccessDeniedException (HTTP 400): not allowed", e.Message);
        Assert.Equal("cloudtrail:GetTrailStatus", e.Call);
    }
}
