using TrailAlarm.FilterPatterns;

namespace TrailAlarm.Scanning;

/// <summary>
/// Runs the rules over the records of one log unit. Not thread-safe: one instance per unit, on one worker.
/// Only records a rule fires on are parsed further (for the fields a finding names).
/// </summary>
public sealed class UnitScan : IRecordSink
{
    /// <summary>Records of one unit that could not be matched and are listed; the rest are counted.</summary>
    public const int MaxRecordErrors = 50;

    private readonly IReadOnlyList<ScanRule> rules;
    private readonly ScanWindow window;
    private readonly bool[] matched;
    private readonly RulePrefilter prefilter;
    private readonly PatternSet? set;
    private readonly List<ScanMatch> matches = [];
    private readonly List<ReadError> errors = [];
    private int recordErrors;

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
        try
        {
            Scan(utf8, position);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One record the engine cannot read (undecodable text, or a bug) must not cost the records after it.
            RecordFailed(position, e);
        }
    }

    /// <summary>Lists the record-level errors held back past the limit (call once the unit is read).</summary>
    public void Close()
    {
        if (recordErrors > MaxRecordErrors)
        {
            errors.Add(new ReadError(Source, 0, 0, $"{recordErrors - MaxRecordErrors} more records in this file could not be matched, not listed"));
        }
    }

    private void RecordFailed(RecordPosition position, Exception e)
    {
        if (++recordErrors <= MaxRecordErrors)
        {
            var why = e is UnreadableEventException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            errors.Add(new ReadError(Source, position.Line, position.ByteOffset, $"record {position.Ordinal} could not be matched: {why}; the other records are scanned"));
        }
    }

    private void Scan(ReadOnlySpan<byte> utf8, RecordPosition position)
    {
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
