using System.Text;
using System.Text.Json;
using TrailAlarm.Aws.LogSources;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.Tests;

/// <summary>
/// The NDJSON reader skips runs of lines without a literal as blocks. Compared here, on random messy input handed
/// over in random-sized pieces, with the plain line-by-line meaning: same events, matches, lines, ordinals, errors.
/// </summary>
public class LogSourceLineReaderTests
{
    private static readonly string[] Tampering = ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"];

    private static string RandomLine(Random random, int i) => random.Next(20) switch
    {
        0 => "",
        1 => "   ",
        2 => LogBytes.Event(i, Tampering[random.Next(Tampering.Length)]),
        3 => LogBytes.Event(i) + "\r",
        4 => " " + LogBytes.Event(i, "StopLogging") + "\t",
        5 => "{\"eventName\":\"GetObject\",, }",
        6 => "{\"eventName\":\"StopLogging\"",
        7 => "[1,2]",
        8 => "{\"eventName\":\"Stop\\u004cogging\",\"eventSource\":\"cloudtrail.amazonaws.com\"}",
        9 => LogBytes.Event(i).Replace("DescribeInstances", new string('D', random.Next(1, 3000)), StringComparison.Ordinal),
        _ => LogBytes.Event(i),
    };

    private sealed record Outcome(long Events, List<(long Line, long Ordinal)> Matches, List<(long Line, long Offset)> Errors);

    /// <summary>The plain meaning of the non-strict reader, one line at a time.</summary>
    private static Outcome Expected(string text)
    {
        long events = 0, line = 0, offset = 0;
        var matches = new List<(long, long)>();
        var errors = new List<(long, long)>();
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var record = raw.Trim(' ', '\t', '\r');
            var lineOffset = offset;
            offset += Encoding.UTF8.GetByteCount(raw) + 1;
            if (record.Length == 0)
            {
                continue;
            }

            var candidate = Tampering.Any(t => record.Contains(t, StringComparison.Ordinal)) || record.Contains("\\u", StringComparison.Ordinal);
            if (!candidate && record[0] == '{' && record[^1] == '}')
            {
                events++;
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(record);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add((line, lineOffset));
                    continue;
                }

                events++;
                if (document.RootElement.TryGetProperty("eventName", out var name) && Tampering.Contains(name.GetString()))
                {
                    matches.Add((line, events));
                }
            }
            catch (JsonException)
            {
                errors.Add((line, lineOffset));
            }
        }

        return new Outcome(events, matches, errors);
    }

    private static Outcome Actual(string text, Random random)
    {
        var scan = new UnitScan("t", ScanRules.ForControls(ControlCatalogue.Default, ["cloudtrail-changes-monitored"]), ScanWindow.All);
        StreamRecords.Read(new TrickleStream(Encoding.UTF8.GetBytes(text), random), "t", scan, strict: false);
        return new Outcome(scan.Events, scan.Matches.Select(m => (m.Line, m.Ordinal)).ToList(), scan.Errors.Select(e => (e.Line, e.ByteOffset)).ToList());
    }

    [Fact]
    public void Block_skipping_gives_what_reading_line_by_line_gives()
    {
        var random = new Random(20261122);
        for (var round = 0; round < 300; round++)
        {
            var count = random.Next(1, 200);
            // The first line is a plain record so the layout is detected as NDJSON.
            var lines = Enumerable.Range(1, count).Select(i => i == 1 ? LogBytes.Event(i) : RandomLine(random, i));
            var text = string.Join("\n", lines) + (random.Next(2) == 0 ? "\n" : "");
            var expected = Expected(text);
            var actual = Actual(text, random);
            Assert.True(expected.Events == actual.Events, $"round {round}: events {actual.Events}, expected {expected.Events}");
            Assert.Equal(expected.Matches, actual.Matches);
            Assert.Equal(expected.Errors.Take(50), actual.Errors);
        }
    }

    /// <summary>Hands its bytes over a random few at a time, as a pipe or a network stream may.</summary>
    private sealed class TrickleStream(byte[] data, Random random) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, random.Next(1, 4000)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, random.Next(1, 4000))]);
    }
}
