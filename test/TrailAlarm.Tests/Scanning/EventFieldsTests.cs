using System.Text;
using TrailAlarm.Scanning;

namespace TrailAlarm.Tests.Scanning;

public class EventFieldsTests
{
    [Fact]
    public void Only_top_level_fields_are_read_even_when_nested_ones_come_first()
    {
        var json = """{"userIdentity":{"eventName":"Nested","eventTime":"2000-01-01T00:00:00Z"},"eventName":"StopLogging","eventID":"e1","eventSource":"cloudtrail.amazonaws.com","eventTime":"2024-05-01T10:01:02Z"}""";
        var fields = EventFields.Read(Encoding.UTF8.GetBytes(json));
        Assert.Equal("StopLogging", fields.EventName);
        Assert.Equal("e1", fields.EventId);
        Assert.Equal("cloudtrail.amazonaws.com", fields.EventSource);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 1, 2, TimeSpan.Zero), fields.EventTime);
        Assert.Equal(fields.EventTime, EventFields.ReadTime(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"eventName":"X"}""")]
    [InlineData("""{"eventTime":"yesterday"}""")]
    [InlineData("""{"eventTime":12345}""")]
    public void A_missing_or_unreadable_time_is_null(string json) => Assert.Null(EventFields.ReadTime(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Time_with_an_offset_is_normalised_to_utc()
    {
        var time = EventFields.ReadTime("""{"eventTime":"2024-05-01T12:00:00+02:00"}"""u8.ToArray());
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), time);
        Assert.Equal(TimeSpan.Zero, time!.Value.Offset);
    }
}
