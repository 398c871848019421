using System.Globalization;

namespace TrailAlarm.Aws.Protocol;

/// <summary>Writes query parameters: lists as Name.member.N (EC2: Name.N), maps as Name.entry.N.key/value,
/// booleans as true/false, numbers in the invariant culture. Nulls are skipped.</summary>
internal sealed class QueryWriter(IDictionary<string, string> parameters, bool ec2Lists = false, string prefix = "")
{
    public QueryWriter Add(string name, string? value)
    {
        if (value is not null)
        {
            parameters[prefix + name] = value;
        }

        return this;
    }

    public QueryWriter Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public QueryWriter Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryWriter Add(string name, double? value) => Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

    public QueryWriter AddList(string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return this;
        }

        var index = 0;
        foreach (var value in values)
        {
            index++;
            parameters[prefix + (ec2Lists ? $"{name}.{index}" : $"{name}.member.{index}")] = value;
        }

        if (index == 0 && !ec2Lists)
        {
            parameters[prefix + name] = string.Empty;
        }

        return this;
    }

    public QueryWriter AddList<T>(string name, IEnumerable<T>? items, Action<T, QueryWriter> write)
    {
        var index = 0;
        foreach (var item in items ?? [])
        {
            index++;
            var itemPrefix = prefix + (ec2Lists ? $"{name}.{index}." : $"{name}.member.{index}.");
            write(item, new QueryWriter(parameters, ec2Lists, itemPrefix));
        }

        return this;
    }

    public QueryWriter AddMap(string name, IReadOnlyDictionary<string, string>? map)
    {
        var index = 0;
        foreach (var (key, value) in map ?? new Dictionary<string, string>())
        {
            index++;
            parameters[$"{prefix}{name}.entry.{index}.key"] = key;
            parameters[$"{prefix}{name}.entry.{index}.value"] = value;
        }

        return this;
    }
}
