namespace TrailAlarm.Aws.Protocol;

internal enum WireProtocol
{
    Json10,
    Json11,
    Query,
    Ec2,
}

/// <summary>Everything that differs between the services we call: ids, protocol, target prefix, endpoint shape.</summary>
internal sealed record ServiceDef(
    string ServiceId,
    string EndpointPrefix,
    string SigningName,
    string ApiVersion,
    WireProtocol Protocol,
    string? TargetPrefix,
    bool QueryCompatible = false,
    bool Global = false)
{
    public static readonly ServiceDef CloudTrail = new("CloudTrail", "cloudtrail", "cloudtrail", "2013-11-01", WireProtocol.Json11, "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101");
    public static readonly ServiceDef Logs = new("CloudWatch Logs", "logs", "logs", "2014-03-28", WireProtocol.Json11, "Logs_20140328");
    public static readonly ServiceDef CloudWatch = new("CloudWatch", "monitoring", "monitoring", "2010-08-01", WireProtocol.Json10, "GraniteServiceVersion20100801", QueryCompatible: true);
    public static readonly ServiceDef Sns = new("SNS", "sns", "sns", "2010-03-31", WireProtocol.Query, null);
    public static readonly ServiceDef Config = new("Config Service", "config", "config", "2014-11-12", WireProtocol.Json11, "StarlingDoveService");
    public static readonly ServiceDef Events = new("EventBridge", "events", "events", "2015-10-07", WireProtocol.Json11, "AWSEvents");
    public static readonly ServiceDef Organizations = new("Organizations", "organizations", "organizations", "2016-11-28", WireProtocol.Json11, "AWSOrganizationsV20161128", Global: true);
    public static readonly ServiceDef Iam = new("IAM", "iam", "iam", "2010-05-08", WireProtocol.Query, null, Global: true);
    public static readonly ServiceDef Kms = new("KMS", "kms", "kms", "2014-11-01", WireProtocol.Json11, "TrentService");
    public static readonly ServiceDef Ec2 = new("EC2", "ec2", "ec2", "2016-11-15", WireProtocol.Ec2, null);
    public static readonly ServiceDef Athena = new("Athena", "athena", "athena", "2017-05-18", WireProtocol.Json11, "AmazonAthena");
}
