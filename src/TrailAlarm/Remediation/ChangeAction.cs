using System.Text.Json.Serialization;

namespace TrailAlarm.Remediation;

/// <summary>What a change does to its resource; the value is the marker plan text prints (Terraform's Action rune).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeAction>))]
public enum ChangeAction
{
    [JsonStringEnumMemberName("create")]
    Create = '+',

    [JsonStringEnumMemberName("update")]
    Update = '~',

    [JsonStringEnumMemberName("delete")]
    Delete = '-',
}

public static class ChangeActionText
{
    /// <summary>+, ~ or -.</summary>
    public static string Symbol(this ChangeAction action) => ((char)action).ToString();
}
