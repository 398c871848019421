using System.Text;
using TrailAlarm.Aws.LogSources;

namespace TrailAlarm.Aws.Tests;

public class RecordLinesTests
{
    private static bool Check(string text, out long lines) => RecordLines.AllWellShaped(Encoding.UTF8.GetBytes(text), out lines);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(64)]
    [InlineData(500)]
    public void Runs_of_records_are_counted_whatever_their_length(int padding)
    {
        var record = "{\"a\":\"" + new string('x', padding) + "\"}";
        foreach (var count in new[] { 1, 2, 3, 17, 100 })
        {
            var text = string.Concat(Enumerable.Repeat(record + "\n", count));
            Assert.True(Check(text, out var lines));
            Assert.Equal(count, lines);
            Assert.True(Check(text.TrimEnd('\n'), out lines));
            Assert.Equal(count, lines);
        }
    }

    [Theory]
    [InlineData("{\"a\":1}\n\n{\"a\":2}\n")]
    [InlineData("{\"a\":1} \n{\"a\":2}\n")]
    [InlineData("{\"a\":1}\n {\"a\":2}\n")]
    [InlineData("{\"a\":1}\n{\"a\":2\n")]
    [InlineData("{\"a\":1}\n\"a\"\n")]
    [InlineData("[1]\n")]
    [InlineData("\n")]
    [InlineData("{\"a\":1}\n\n")]
    [InlineData("{\"a\":1}\r\r\n{\"a\":2}\n")]
    [InlineData("{\"a\":1}\n\r\n")]
    public void Anything_but_bare_records_is_left_to_the_line_reader(string text)
    {
        Assert.False(Check(text, out _));
        // The same fault deep inside a long run, past the vector loop's first blocks.
        var prefix = string.Concat(Enumerable.Repeat("{\"padding\":\"" + new string('p', 45) + "\"}\n", 20));
        Assert.False(Check(prefix + text + prefix, out _));
    }

    [Fact]
    public void Windows_line_ends_are_the_usual_shape_too()
    {
        Assert.True(Check("{\"a\":1}\r\n{\"a\":2}\r\n", out var lines));
        Assert.Equal(2, lines);
        Assert.True(Check("{\"a\":1}\r\n{\"a\":2}\n{\"a\":3}\r", out lines));
        Assert.Equal(3, lines);
    }

    [Fact]
    public void An_empty_run_holds_no_records()
    {
        Assert.True(Check("", out var lines));
        Assert.Equal(0, lines);
    }
}
