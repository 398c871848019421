using System.Text;
using BenchmarkDotNet.Attributes;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Benchmarks;

/// <summary>Per-event cost of the CIS 4.5 / 4.9 patterns and of the other pattern kinds on realistic events.</summary>
[MemoryDiagnoser]
public class PerEventBenchmarks
{
    private const string Cis45 = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }";
    private const string Cis49 = "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel) ||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }";

    private static readonly byte[] Background = Encoding.UTF8.GetBytes(
        """{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLEROLEID12345:builder","arn":"arn:aws:sts::111122223333:assumed-role/Builder/builder","accountId":"111122223333","accessKeyId":"ASIAEXAMPLEKEY7Q2MZ3","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLEROLEID12345","arn":"arn:aws:iam::111122223333:role/Builder","accountId":"111122223333","userName":"Builder"},"attributes":{"creationDate":"2026-11-20T09:12:44Z","mfaAuthenticated":"false"}}},"eventTime":"2026-11-20T10:15:02Z","eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.24","userAgent":"aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22 prompt/off command/ec2.describe-instances","requestParameters":{"instancesSet":{},"filterSet":{"items":[{"name":"instance-state-name","valueSet":{"items":[{"value":"running"}]}}]}},"responseElements":null,"requestID":"0b7c7c55-4b6f-4a27-9d7e-3c1f0e0f9a11","eventID":"5e3f1c2a-9d1b-4c8e-b7a2-6f0d9e8c7b6a","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management","tlsDetails":{"tlsVersion":"TLSv1.3","cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"ec2.us-east-1.amazonaws.com"}}""");

    private static readonly byte[] StopLogging = Encoding.UTF8.GetBytes(
        """{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLEROLEID12345:mallory","arn":"arn:aws:sts::111122223333:assumed-role/SecurityAdmin/mallory","accountId":"111122223333","accessKeyId":"ASIAEXAMPLEKEY7Q2MZ3"},"eventTime":"2026-11-20T10:16:02Z","eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.77","userAgent":"aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0","requestParameters":{"name":"arn:aws:cloudtrail:us-east-1:111122223333:trail/org-audit"},"responseElements":null,"requestID":"6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f","eventID":"7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management"}""");

    // Mentions StopLogging only inside its parameters: passes the prefilter, so the JSON pass decides.
    private static readonly byte[] LookupMentioningStopLogging = Encoding.UTF8.GetBytes(
        """{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLEUSERID7788","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","userName":"alice"},"eventTime":"2026-11-20T10:17:02Z","eventSource":"cloudtrail.amazonaws.com","eventName":"LookupEvents","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.24","userAgent":"aws-cli/2.15.30","requestParameters":{"lookupAttributes":[{"attributeKey":"EventName","attributeValue":"StopLogging"}],"maxResults":50},"responseElements":null,"requestID":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","eventID":"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management"}""");

    private static readonly byte[] ApacheLine = Encoding.UTF8.GetBytes("127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" 404 1534");

    private readonly FilterPattern _cis45 = FilterPattern.Parse(Cis45).Pattern!;
    private readonly FilterPattern _cis49 = FilterPattern.Parse(Cis49).Pattern!;
    private readonly FilterPattern _noLiterals = FilterPattern.Parse("{ $.errorCode NOT EXISTS && $.readOnly IS FALSE && $.userIdentity.type = * }").Pattern!;
    private readonly FilterPattern _regex = FilterPattern.Parse("{ $.eventName = %^Stop|^Delete% }").Pattern!;
    private readonly FilterPattern _terms = FilterPattern.Parse("?StopLogging ?DeleteTrail").Pattern!;
    private readonly FilterPattern _delimited = FilterPattern.Parse("[ip, user, username, timestamp, request =*.html*, status_code = 4*, bytes]").Pattern!;
    private readonly PatternSet _set;
    private readonly bool[] _matched = new bool[2];

    public PerEventBenchmarks() => _set = new PatternSet([_cis45, _cis49]);

    [Benchmark(Baseline = true, Description = "CIS 4.5, background event (prefilter rejects)")]
    public bool Cis45Background() => _cis45.Matches(Background);

    [Benchmark(Description = "CIS 4.5, StopLogging (matches)")]
    public bool Cis45StopLogging() => _cis45.Matches(StopLogging);

    [Benchmark(Description = "CIS 4.5, LookupEvents naming StopLogging (JSON pass, no match)")]
    public bool Cis45Lookup() => _cis45.Matches(LookupMentioningStopLogging);

    [Benchmark(Description = "CIS 4.9, background event")]
    public bool Cis49Background() => _cis49.Matches(Background);

    [Benchmark(Description = "JSON without literals, background event (full JSON pass)")]
    public bool NoLiteralsBackground() => _noLiterals.Matches(Background);

    [Benchmark(Description = "JSON regex, background event")]
    public bool RegexBackground() => _regex.Matches(Background);

    [Benchmark(Description = "terms ?StopLogging ?DeleteTrail, background event")]
    public bool TermsBackground() => _terms.Matches(Background);

    [Benchmark(Description = "space-delimited, Apache line (matches)")]
    public bool DelimitedApache() => _delimited.Matches(ApacheLine);

    [Benchmark(Description = "PatternSet CIS 4.5 + 4.9, background event")]
    public int SetBackground() => _set.Match(Background, _matched);

    [Benchmark(Description = "PatternSet CIS 4.5 + 4.9, StopLogging")]
    public int SetStopLogging() => _set.Match(StopLogging, _matched);
}
