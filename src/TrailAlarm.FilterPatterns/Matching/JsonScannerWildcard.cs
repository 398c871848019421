using System.Text.Json;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Objects a wildcard (`*`) reaches: every property is visited, so a repeated name must be found among all of them.
/// A small bitmap of name hashes finds candidates without allocating; only a hash seen before is checked exactly,
/// by walking the object again from its start on a copy of the reader.
/// </summary>
internal sealed partial class JsonScanner
{
    private static void VisitObjectWildcard(ref Utf8JsonReader reader, PathNode node, Span<bool> bits)
    {
        var objectStart = reader;
        Span<ulong> seen = stackalloc ulong[4];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped || (MarkSeen(seen, reader.ValueSpan) && RepeatsEarlierName(objectStart, reader)))
            {
                throw new DuplicateNameFound();
            }

            var child = node.OtherProperty!;
            foreach (var (name, named) in node.Properties)
            {
                if (reader.ValueTextEquals(name)) { child = named; break; }
            }
            reader.Read();
            VisitValue(ref reader, child, bits, lastWins: false);
        }
    }

    /// <summary>Sets the name's bit; true when it was already set (the name may repeat).</summary>
    private static bool MarkSeen(Span<ulong> seen, ReadOnlySpan<byte> name)
    {
        var hash = new HashCode();
        hash.AddBytes(name);
        var bit = (uint)hash.ToHashCode() & 255;
        var word = (int)(bit >> 6);
        var mask = 1UL << (int)(bit & 63);
        var wasSet = (seen[word] & mask) != 0;
        seen[word] |= mask;
        return wasSet;
    }

    /// <summary>Does a property before <paramref name="current"/>'s name (unescaped) carry the same name?</summary>
    private static bool RepeatsEarlierName(Utf8JsonReader ahead, in Utf8JsonReader current)
    {
        var name = current.ValueSpan;
        while (ahead.Read() && ahead.TokenType == JsonTokenType.PropertyName && ahead.TokenStartIndex < current.TokenStartIndex)
        {
            if (ahead.ValueIsEscaped || ahead.ValueTextEquals(name)) return true;
            ahead.Read();
            ahead.Skip();
        }
        return false;
    }
}
