using System.Globalization;
using System.Text.Json;

namespace TrailAlarm.Remediation.Kinds;

/// <summary>
/// A metric filter's complete definition as PutMetricFilter takes it (one metric transformation). The optional parts
/// travel as attributes only when set, so a plain CIS filter has the seven attributes plans always had.
/// </summary>
public sealed record FilterSpec
{
    public required string LogGroupName { get; init; }

    public required string FilterName { get; init; }

    public required string Pattern { get; init; }

    public required string MetricName { get; init; }

    public required string MetricNamespace { get; init; }

    public required string MetricValue { get; init; }

    public double? DefaultValue { get; init; }

    /// <summary>Dimension name to event field, as a JSON object ("" when none).</summary>
    public string Dimensions { get; init; } = "";

    public string Unit { get; init; } = "";

    public bool ApplyOnTransformedLogs { get; init; }

    public string FieldSelectionCriteria { get; init; } = "";

    public IReadOnlyList<string> EmitSystemFieldDimensions { get; init; } = [];

    public static FilterSpec From(IReadOnlyDictionary<string, string> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        string A(string name) => a.TryGetValue(name, out var v) ? v : "";
        return new FilterSpec
        {
            LogGroupName = A(Attr.LogGroupName),
            FilterName = A(Attr.FilterName),
            Pattern = A(Attr.Pattern),
            MetricName = A(Attr.MetricName),
            MetricNamespace = A(Attr.MetricNamespace),
            MetricValue = A(Attr.MetricValue),
            DefaultValue = A(Attr.DefaultValue) is { Length: > 0 } d ? double.Parse(d, CultureInfo.InvariantCulture) : null,
            Dimensions = A(Attr.Dimensions),
            Unit = A(Attr.Unit),
            ApplyOnTransformedLogs = A(Attr.ApplyOnTransformedLogs) == "true",
            FieldSelectionCriteria = A(Attr.FieldSelectionCriteria),
            EmitSystemFieldDimensions = Attr.Split(A(Attr.EmitSystemFieldDimensions)),
        };
    }

    /// <summary>A snapshot filter's complete definition (its first metric transformation), or null for none.</summary>
    public static FilterSpec? Of(TrailAlarm.Snapshot.MetricFilter? filter)
    {
        if (filter is null)
        {
            return null;
        }

        var t = filter.Transformations.Count > 0 ? filter.Transformations[0] : null;
        return new FilterSpec
        {
            LogGroupName = filter.LogGroupName,
            FilterName = filter.FilterName,
            Pattern = filter.Pattern,
            MetricName = t?.MetricName ?? "",
            MetricNamespace = t?.MetricNamespace ?? "",
            MetricValue = t?.MetricValue ?? "",
            DefaultValue = t?.DefaultValue,
            Dimensions = t is null ? "" : AlarmSpec.DimensionText(t.Dimensions),
            Unit = t?.Unit is { } unit && unit != "None" ? unit : "",
            ApplyOnTransformedLogs = filter.ApplyOnTransformedLogs,
            FieldSelectionCriteria = filter.FieldSelectionCriteria ?? "",
            EmitSystemFieldDimensions = filter.EmitSystemFieldDimensions,
        };
    }

    /// <summary>The dimensions as a map (empty when none).</summary>
    public IReadOnlyDictionary<string, string> DimensionMap()
        => Dimensions.Length == 0 ? new Dictionary<string, string>() : JsonSerializer.Deserialize(Dimensions, RemediationJsonContext.Default.DictionaryStringString) ?? [];

    public Dictionary<string, string> Attributes(string region)
    {
        var a = new Dictionary<string, string>
        {
            [Attr.Region] = region,
            [Attr.LogGroupName] = LogGroupName,
            [Attr.FilterName] = FilterName,
            [Attr.Pattern] = Pattern,
            [Attr.MetricName] = MetricName,
            [Attr.MetricNamespace] = MetricNamespace,
            [Attr.MetricValue] = MetricValue,
        };
        void Optional(string name, string value)
        {
            if (value.Length > 0)
            {
                a[name] = value;
            }
        }

        Optional(Attr.DefaultValue, DefaultValue?.ToString("R", CultureInfo.InvariantCulture) ?? "");
        Optional(Attr.Dimensions, Dimensions);
        Optional(Attr.Unit, Unit);
        Optional(Attr.ApplyOnTransformedLogs, ApplyOnTransformedLogs ? "true" : "");
        Optional(Attr.FieldSelectionCriteria, FieldSelectionCriteria);
        Optional(Attr.EmitSystemFieldDimensions, Attr.Join(EmitSystemFieldDimensions));
        return a;
    }
}
