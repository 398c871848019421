using TrailAlarm.Scanning;
using TrailAlarm.Simulation;

namespace TrailAlarm.Cli;

/// <summary>How a scan reports, in this order: matches as they come, then alarm periods per rule, then the summary.</summary>
internal interface IScanOutput : IDisposable
{
    void Match(ScanMatch match);

    void Alarms(string ruleId, SimulationResult result);

    void Summary(ScanSummary summary);

    /// <summary>Writes out what is pending (called after each log object's matches).</summary>
    void Flush()
    {
    }

    public static IScanOutput For(string format, TextWriter output) => format switch
    {
        "ndjson" => new ScanNdjsonOutput(output),
        "json" => new ScanJsonOutput(output),
        _ => new ScanTableOutput(output),
    };
}
