using System.Text.Json.Serialization;

namespace TrailAlarm.Aws.Organizations;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DescribeOrganizationResponse))]
[JsonSerializable(typeof(ListAccountsRequest))]
[JsonSerializable(typeof(ListAccountsResponse))]
[JsonSerializable(typeof(CreateOrganizationRequest))]
[JsonSerializable(typeof(CreateAccountRequest))]
[JsonSerializable(typeof(CreateAccountResponse))]
[JsonSerializable(typeof(OrganizationsEmptyRequest))]
internal sealed partial class OrganizationsJsonContext : JsonSerializerContext;
