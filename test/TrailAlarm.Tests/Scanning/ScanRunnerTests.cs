using System.Text;
using TrailAlarm.Catalogue;
using TrailAlarm.Scanning;

namespace TrailAlarm.Tests.Scanning;

public class ScanRunnerTests
{
    /// <summary>A unit that finishes after a delay chosen so later units tend to finish first.</summary>
    private sealed class SlowUnit(int index, int delayMs) : ILogUnit
    {
        public string Name { get; } = $"unit-{index:D2}";

        public async Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken)
        {
            await Task.Delay(delayMs, cancellationToken);
            var json = $$"""{"eventName":"StopLogging","eventID":"{{Name}}","eventTime":"2024-05-01T10:00:00Z"}""";
            sink.Record(Encoding.UTF8.GetBytes(json), new RecordPosition(1, 1));
        }
    }

    private sealed class ThrowingUnit : ILogUnit
    {
        public string Name => "broken";

        public Task ReadAsync(IRecordSink sink, CancellationToken cancellationToken) => throw new IOException("disk on fire");
    }

    private static async IAsyncEnumerable<ILogUnit> Units(IEnumerable<ILogUnit> units)
    {
        foreach (var unit in units)
        {
            yield return unit;
        }

        await Task.CompletedTask;
    }

    [Fact]
    public async Task Results_come_back_in_listing_order_even_when_later_units_finish_first()
    {
        var runner = new ScanRunner(ScanRules.ForControls(ControlCatalogue.Default, null), ScanWindow.All, 4);
        var order = new List<string>();
        var summary = await runner.RunAsync(Units(Enumerable.Range(0, 12).Select(i => new SlowUnit(i, (12 - i) * 15))), r => order.Add(r.Source));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"unit-{i:D2}"), order);
        Assert.Equal(12, summary.Matched);
    }

    [Fact]
    public async Task A_unit_that_throws_becomes_a_read_error_and_the_others_are_scanned()
    {
        var runner = new ScanRunner(ScanRules.ForControls(ControlCatalogue.Default, null), ScanWindow.All, 2);
        var summary = await runner.RunAsync(Units([new SlowUnit(0, 0), new ThrowingUnit(), new SlowUnit(2, 0)]), _ => { });
        Assert.Equal(2, summary.Matched);
        Assert.Equal(3, summary.Files);
        var error = Assert.Single(summary.Errors);
        Assert.Equal("broken", error.Source);
        Assert.Contains("disk on fire", error.Message);
    }
}
