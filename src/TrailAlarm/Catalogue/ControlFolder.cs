using System.Text.Json;
using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Catalogue;

/// <summary>
/// Reads and checks one control folder (control.json, fires-on.jsonl, ignores.jsonl). Anything that would let a
/// control judge vacuously — no samples, a reference pattern that misses a fires-on record or fires on an ignores
/// record, a misspelt field — is an <see cref="InvalidDataException"/> naming the file, line and event.
/// </summary>
internal static class ControlFolder
{
    public const string ControlFile = "control.json";
    public const string FiresOnFile = "fires-on.jsonl";
    public const string IgnoresFile = "ignores.jsonl";

    private static readonly string[] Severities = ["low", "medium", "high", "critical"];
    private static readonly string[] RecordFields = ["eventVersion", "eventTime", "eventSource", "eventName", "awsRegion", "eventID", "eventType", "recipientAccountId"];

    public static (Control Control, ControlSampleSet Samples) Read(string folder, IReadOnlyDictionary<string, string> files)
    {
        var where = $"controls/{folder}";
        if (!files.TryGetValue(ControlFile, out var json))
        {
            throw new InvalidDataException($"{where}: {ControlFile} is missing");
        }

        var control = ParseControl(json, $"{where}/{ControlFile}");
        if (control.Id != folder)
        {
            throw new InvalidDataException($"{where}/{ControlFile}: id '{control.Id}' differs from its folder name '{folder}'");
        }

        var unknown = files.Keys.FirstOrDefault(k => k is not (ControlFile or FiresOnFile or IgnoresFile));
        if (unknown is not null)
        {
            throw new InvalidDataException($"{where}: unexpected file '{unknown}' (a control folder holds {ControlFile}, {FiresOnFile} and {IgnoresFile})");
        }

        var firesOn = Records(files.GetValueOrDefault(FiresOnFile), $"{where}/{FiresOnFile}");
        var ignores = Records(files.GetValueOrDefault(IgnoresFile), $"{where}/{IgnoresFile}");
        if (control.Kind == ControlKinds.MetricFilterAlarm)
        {
            CheckMetricControl(control, firesOn, ignores, where);
        }
        else if (firesOn.Count + ignores.Count > 0)
        {
            throw new InvalidDataException($"{where}: a {control.Kind} control has no filter pattern, so sample records would never be used");
        }

        var required = firesOn.Select(r => r.Event.Name.Split(" #")[0]).Distinct(StringComparer.Ordinal).ToList();
        if (control.HighRisk is { } variant)
        {
            HighRiskCheck.Check(variant, control, firesOn.Select(r => r.Event).ToList(), ignores.Select(r => r.Event).ToList(), $"{where}/{ControlFile}");
        }

        var samples = new ControlSampleSet(firesOn.Select(r => r.Event).ToList(), ignores.Select(r => r.Event).ToList());
        return (control with { RequiredEvents = required }, samples);
    }

    private static Control ParseControl(string json, string where)
    {
        Control? control;
        try
        {
            control = JsonSerializer.Deserialize(json, CatalogueJsonContext.Default.Control);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: {e.Message}", e);
        }

        if (control is null)
        {
            throw new InvalidDataException($"{where}: is empty");
        }

        foreach (var (name, value) in new[] { ("id", control.Id), ("title", control.Title), ("severity", control.Severity), ("kind", control.Kind), ("rationale", control.Rationale), ("remediation", control.Remediation) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidDataException($"{where}: '{name}' is required");
            }
        }

        if (!control.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new InvalidDataException($"{where}: id '{control.Id}' is not kebab-case (a-z, 0-9, -)");
        }

        if (!Severities.Contains(control.Severity))
        {
            throw new InvalidDataException($"{where}: severity '{control.Severity}' is not one of {string.Join(", ", Severities)}");
        }

        if (control.Kind is not (ControlKinds.MetricFilterAlarm or ControlKinds.ConfigRecorder))
        {
            throw new InvalidDataException($"{where}: kind '{control.Kind}' is not {ControlKinds.MetricFilterAlarm} or {ControlKinds.ConfigRecorder}");
        }

        return control with { RequiredEvents = [], Frameworks = new Dictionary<string, string>() };
    }

    private static void CheckMetricControl(Control control, List<(int Line, SampleEvent Event)> firesOn, List<(int Line, SampleEvent Event)> ignores, string where)
    {
        if (string.IsNullOrWhiteSpace(control.DefaultAlarmName) || string.IsNullOrWhiteSpace(control.DefaultMetricName))
        {
            throw new InvalidDataException($"{where}/{ControlFile}: a {ControlKinds.MetricFilterAlarm} control needs defaultAlarmName and defaultMetricName");
        }

        var parsed = FilterPattern.Parse(control.ReferencePattern ?? "");
        var reference = parsed.Pattern
            ?? throw new InvalidDataException($"{where}/{ControlFile}: referencePattern does not parse: {parsed.Error?.Message ?? "it is missing"}");
        if (firesOn.Count == 0)
        {
            throw new InvalidDataException($"{where}/{FiresOnFile}: a {ControlKinds.MetricFilterAlarm} control needs at least one record its alarm must fire on");
        }

        if (ignores.Count == 0)
        {
            throw new InvalidDataException($"{where}/{IgnoresFile}: a {ControlKinds.MetricFilterAlarm} control needs at least one near miss its alarm must not fire on");
        }

        foreach (var (line, e) in firesOn.Where(r => !reference.Matches(r.Event.Json)))
        {
            throw new InvalidDataException($"{where}/{FiresOnFile} line {line} ({e.Name}): the reference pattern does not fire on it");
        }

        foreach (var (line, e) in ignores.Where(r => reference.Matches(r.Event.Json)))
        {
            throw new InvalidDataException($"{where}/{IgnoresFile} line {line} ({e.Name}): the reference pattern fires on it");
        }
    }

    private static List<(int Line, SampleEvent Event)> Records(string? text, string where)
    {
        var records = new List<(int, SampleEvent)>();
        if (text is null)
        {
            return records;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var name = EventName(line, $"{where} line {i + 1}");
            seen[name] = seen.GetValueOrDefault(name) + 1;
            records.Add((i + 1, new SampleEvent(seen[name] == 1 ? name : $"{name} #{seen[name]}", line)));
        }

        return records;
    }

    private static string EventName(string line, string where)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{where}: is not a CloudTrail record (a JSON object)");
            }

            var missing = RecordFields.FirstOrDefault(f => !doc.RootElement.TryGetProperty(f, out var v) || v.ValueKind != JsonValueKind.String);
            if (missing is not null)
            {
                throw new InvalidDataException($"{where}: lacks '{missing}', which every CloudTrail record has");
            }

            return doc.RootElement.GetProperty("eventName").GetString()!;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: is not JSON ({e.Message})", e);
        }
    }
}
