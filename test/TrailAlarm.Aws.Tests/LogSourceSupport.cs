using System.IO.Compression;
using System.Text;
using TrailAlarm.Aws.LogSources;
using TrailAlarm.Scanning;

namespace TrailAlarm.Aws.Tests;

/// <summary>Collects what a reader delivers, copying each record because its bytes are only lent.</summary>
internal sealed class CollectingSink : IRecordSink
{
    public List<(string Json, RecordPosition Position)> Records { get; } = [];

    public List<ReadError> Errors { get; } = [];

    public void Record(ReadOnlySpan<byte> utf8, RecordPosition position) => Records.Add((Encoding.UTF8.GetString(utf8), position));

    public void Error(ReadError error) => Errors.Add(error);

    public static CollectingSink Read(byte[] content, string name = "test.json")
    {
        var sink = new CollectingSink();
        StreamRecords.Read(new MemoryStream(content), name, sink);
        return sink;
    }

    public static CollectingSink Read(string content, string name = "test.json") => Read(Encoding.UTF8.GetBytes(content), name);
}

internal static class LogBytes
{
    public static string Event(int i, string name = "DescribeInstances") =>
        $$$"""{"eventVersion":"1.08","eventTime":"2024-05-01T10:{{{i % 60:D2}}}:00Z","eventSource":"ec2.amazonaws.com","eventName":"{{{name}}}","eventID":"id-{{{i}}}","requestParameters":{"n":{{{i}}}}}""";

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
