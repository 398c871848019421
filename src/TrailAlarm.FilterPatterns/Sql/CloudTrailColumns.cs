namespace TrailAlarm.FilterPatterns.Sql;

internal enum ColumnKind { Text, BooleanText, Boolean, Struct, StructArray, JsonText, StringMap, Timestamp }

/// <summary>
/// A field of a CloudTrail record as a table holds it: the record's (case-sensitive) JSON name, the column or struct
/// field name, and how its values are stored.
/// </summary>
internal sealed record TableField(string JsonName, string SqlName, ColumnKind Kind, IReadOnlyList<TableField>? Children = null)
{
    public static TableField Text(string json) => new(json, json.ToLowerInvariant(), ColumnKind.Text);

    public static TableField Struct(string json, params TableField[] children) => new(json, json.ToLowerInvariant(), ColumnKind.Struct, children);
}

/// <summary>
/// The columns of the two CloudTrail tables: the Athena table of the AWS guide "Create the table for CloudTrail logs
/// in Athena using partition projection" and the CloudTrail Lake event data store schema ("Supported SQL schemas for
/// event data stores"). A selector naming a field neither table has is refused, never guessed.
/// </summary>
internal static class CloudTrailColumns
{
    private static TableField[] UserIdentity(ColumnKind creationDate) =>
    [
        TableField.Text("type"), TableField.Text("principalId"), TableField.Text("arn"), TableField.Text("accountId"),
        TableField.Text("invokedBy"), TableField.Text("accessKeyId"), TableField.Text("userName"),
        TableField.Struct("onBehalfOf", TableField.Text("userId"), TableField.Text("identityStoreArn")),
        TableField.Struct(
            "sessionContext",
            TableField.Struct("attributes", TableField.Text("mfaAuthenticated"), new TableField("creationDate", "creationdate", creationDate)),
            TableField.Struct("sessionIssuer", TableField.Text("type"), TableField.Text("principalId"), TableField.Text("arn"), TableField.Text("accountId"), TableField.Text("userName")),
            TableField.Text("ec2RoleDelivery"),
            TableField.Struct("webIdFederationData", TableField.Text("federatedProvider"), new TableField("attributes", "attributes", ColumnKind.StringMap))),
    ];

    private static TableField[] Common(ColumnKind creationDate) =>
    [
        TableField.Text("eventVersion"),
        TableField.Struct("userIdentity", UserIdentity(creationDate)),
        TableField.Text("eventSource"), TableField.Text("eventName"), TableField.Text("awsRegion"),
        TableField.Text("sourceIPAddress"), TableField.Text("userAgent"), TableField.Text("errorCode"), TableField.Text("errorMessage"),
        TableField.Text("requestID"), TableField.Text("eventID"), TableField.Text("eventType"), TableField.Text("apiVersion"),
        TableField.Text("recipientAccountId"), TableField.Text("sharedEventID"), TableField.Text("vpcEndpointId"), TableField.Text("eventCategory"),
        TableField.Struct("tlsDetails", TableField.Text("tlsVersion"), TableField.Text("cipherSuite"), TableField.Text("clientProvidedHostHeader")),
    ];

    private static readonly TableField[] Resources =
        [new("ARN", "arn", ColumnKind.Text), TableField.Text("accountId"), TableField.Text("type")];

    public static readonly IReadOnlyList<TableField> Athena =
    [
        .. Common(ColumnKind.Text),
        TableField.Text("eventTime"),
        new("readOnly", "readonly", ColumnKind.BooleanText),
        new("requestParameters", "requestparameters", ColumnKind.JsonText),
        new("responseElements", "responseelements", ColumnKind.JsonText),
        new("additionalEventData", "additionaleventdata", ColumnKind.JsonText),
        new("serviceEventDetails", "serviceeventdetails", ColumnKind.JsonText),
        new("resources", "resources", ColumnKind.StructArray, Resources),
    ];

    public static readonly IReadOnlyList<TableField> CloudTrailLake =
    [
        .. Common(ColumnKind.Timestamp),
        new("eventTime", "eventtime", ColumnKind.Timestamp),
        new("readOnly", "readonly", ColumnKind.Boolean),
        new("managementEvent", "managementevent", ColumnKind.Boolean),
        new("requestParameters", "requestparameters", ColumnKind.StringMap),
        new("responseElements", "responseelements", ColumnKind.StringMap),
        new("additionalEventData", "additionaleventdata", ColumnKind.StringMap),
        new("serviceEventDetails", "serviceeventdetails", ColumnKind.StringMap),
        new("resources", "resources", ColumnKind.StructArray, Resources),
    ];
}
