using System.Text;
using CsCheck;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests;

public sealed class MappedEventFileTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Mapped_count_agrees_with_the_stream_count()
    {
        var lines = Enumerable.Range(0, 5000).Select(i => i % 97 == 0
            ? $"{{\"eventName\":\"StopLogging\",\"n\":{i}}}"
            : $"{{\"eventName\":\"GetTrail\",\"note\":\"StopLogging is mentioned\",\"n\":{i}}}");
        File.WriteAllText(_file, string.Join("\n", lines) + "\n\n");
        var pattern = FilterPattern.Parse("{ $.eventName = StopLogging || $.eventName = DeleteTrail }").Pattern!;
        var mapped = MappedEventFile.Count(_file, pattern);
        using var stream = File.OpenRead(_file);
        var streamed = EventLines.Count(stream, pattern);
        Assert.Equal(streamed, mapped);
        Assert.Equal(5000, mapped.Events);
        Assert.Equal(Enumerable.Range(0, 5000).Count(i => i % 97 == 0), mapped.Matches);
    }

    [Fact]
    public void An_empty_file_has_no_events()
    {
        Assert.Equal(new MatchCount(0, 0, 0), MappedEventFile.Count(_file, FilterPattern.Parse("ERROR").Pattern!));
    }

    [Fact]
    public void Without_event_counting_only_matches_are_reported()
    {
        File.WriteAllLines(_file, ["ERROR one", "INFO two", "ERROR three"]);
        var count = MappedEventFile.Count(_file, FilterPattern.Parse("ERROR").Pattern!, countEvents: false);
        Assert.Equal(2, count.Matches);
        Assert.Equal(0, count.Events);
    }
}
