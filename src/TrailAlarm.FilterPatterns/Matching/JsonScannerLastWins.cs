using System.Text;
using System.Text.Json;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Duplicate names (spec 6.1: the last one wins). An object is first read ahead, on a copy of the reader, for the
/// position of the last occurrence of each name; then only those properties are visited.
/// </summary>
internal sealed partial class JsonScanner
{
    private static void VisitObjectLastWins(ref Utf8JsonReader reader, PathNode node, Span<bool> bits)
    {
        var isLast = LastOccurrences(reader);
        var index = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            PathNode? child = null;
            if (isLast[index++])
            {
                child = node.OtherProperty;
                foreach (var (name, named) in node.Properties)
                {
                    if (NameEquals(ref reader, name)) { child = named; break; }
                }
            }
            reader.Read();
            if (child is not null) VisitValue(ref reader, child, bits, lastWins: true);
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
    }

    /// <summary>For each property of the object the reader stands on (its '{'): is it the last of that name?</summary>
    private static List<bool> LastOccurrences(Utf8JsonReader ahead)
    {
        var names = new List<string>();
        while (ahead.Read() && ahead.TokenType == JsonTokenType.PropertyName)
        {
            names.Add(NameKey(ref ahead));
            ahead.Read();
            ahead.Skip();
        }
        var isLast = new List<bool>(names.Count);
        var later = new HashSet<string>(StringComparer.Ordinal);
        for (var i = names.Count - 1; i >= 0; i--) isLast.Add(later.Add(names[i]));
        isLast.Reverse();
        return isLast;
    }

    /// <summary>The unescaped name as a string of bytes (escapes that cannot be unescaped stay as written).</summary>
    private static string NameKey(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return Encoding.Latin1.GetString(reader.ValueSpan);
        var buffer = new byte[reader.ValueSpan.Length];
        try
        {
            return Encoding.Latin1.GetString(buffer, 0, reader.CopyString(buffer));
        }
        catch (InvalidOperationException)
        {
            return "\\" + Encoding.Latin1.GetString(reader.ValueSpan);
        }
    }

    /// <summary>Leaves the fast pass when a referenced name repeats in one object.</summary>
#pragma warning disable CA1064, CA1032 // private control flow, never escapes the class
    private sealed class DuplicateNameFound : Exception;
#pragma warning restore CA1064, CA1032
}
