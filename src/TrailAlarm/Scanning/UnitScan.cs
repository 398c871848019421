using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Scanning;

/// <summary>
/// Runs the rules over the records of one log unit. Not thread-safe: one instance per unit, on one worker.
/// Only records a rule fires on are parsed further (for the fields a finding names).
/// </summary>
public sealed class UnitScan : IRecordSink
{
    private readonly IReadOnlyList<ScanRule> rules;
    private readonly ScanWindow window;
    private readonly bool[] matched;
    private readonly RulePrefilter prefilter;
    private readonly PatternSet? set;
    private readonly List<ScanMatch> matches = [];
    private readonly List<ReadError> errors = [];

    public UnitScan(string source, IReadOnlyList<ScanRule> rules, ScanWindow window)
        : this(source, new CompiledRules(rules), window)
    {
    }

    public UnitScan(string source, CompiledRules compiled, ScanWindow window)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        Source = source;
        rules = compiled.Rules;
        prefilter = compiled.Prefilter;
        set = compiled.Set;
        this.window = window;
        matched = new bool[rules.Count];
    }

    public string Source { get; }

    public long Events { get; private set; }

    public long Skipped { get; private set; }

    public long Lines { get; private set; }

    public IReadOnlyList<ScanMatch> Matches => matches;

    public IReadOnlyList<ReadError> Errors => errors;

    public void Record(ReadOnlySpan<byte> utf8, RecordPosition position)
    {
        Events++;
        if (window.IsBounded)
        {
            var time = EventFields.ReadTime(utf8);
            if (time is not { } t || !window.Contains(t))
            {
                Skipped++;
                return;
            }
        }

        if (!AnyMatch(utf8))
        {
            return;
        }

        var fields = EventFields.Read(utf8);
        for (var i = 0; i < rules.Count; i++)
        {
            if (!matched[i])
            {
                continue;
            }

            var rule = rules[i];
            var value = rule.ConstantOne ? 1d : rule.Pattern.MetricValue(utf8, rule.MetricValue);
            matches.Add(new ScanMatch(rule.Id, fields.EventId, fields.EventName, fields.EventTime, Source, position.Line, position.Ordinal, value));
        }
    }

    public void Error(ReadError error) => errors.Add(error);

    /// <summary>With a time window every record's time counts (for Skipped); else only what may match.</summary>
    public int IndexOfInteresting(ReadOnlySpan<byte> utf8) => window.IsBounded ? 0 : prefilter.IndexOfPossibleMatch(utf8);

    public void Counted(long records) => Events += records;

    public void LinesRead(long lines) => Lines = lines;

    private bool AnyMatch(ReadOnlySpan<byte> utf8)
    {
        if (set is null)
        {
            matched[0] = rules[0].Pattern.Matches(utf8);
            return matched[0];
        }

        // Several patterns: one shared JSON pass over the record for all of them.
        return set.Match(utf8, matched) > 0;
    }
}
