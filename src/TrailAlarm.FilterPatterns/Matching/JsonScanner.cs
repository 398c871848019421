using System.Buffers;
using System.Text.Json;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Evaluates every condition of one or more JSON patterns in a single <see cref="Utf8JsonReader"/> pass, visiting
/// only the properties the selectors reference (everything else is skipped unread). Each condition's result is
/// one bit: "some node selected by its selector satisfies it" (for NOT EXISTS: "some node exists").
/// </summary>
internal sealed partial class JsonScanner
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };
    private readonly PathNode _root;

    /// <param name="conditions">Every JSON condition with the index of its result bit.</param>
    public JsonScanner(IReadOnlyList<(Condition Condition, int Bit)> conditions)
    {
        _root = PathNode.Build(conditions);
    }

    /// <summary>Fills <paramref name="bits"/>; false when the event is not a single JSON object.</summary>
    /// <exception cref="UnreadableEventException">A string the pattern reads cannot be decoded.</exception>
    public bool Scan(ReadOnlySpan<byte> utf8, Span<bool> bits)
    {
        try
        {
            return Scan(utf8, bits, lastWins: false);
        }
        catch (DuplicateNameFound)
        {
            // A referenced name occurs twice in one object: the earlier value must not count. Rare, so the pass is
            // repeated in the mode that looks ahead in every object for the last occurrence of each name.
            return Scan(utf8, bits, lastWins: true);
        }
    }

    private bool Scan(ReadOnlySpan<byte> utf8, Span<bool> bits, bool lastWins)
    {
        bits.Clear();
        var start = 0;
        while (start < utf8.Length && utf8[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        if (start == utf8.Length || utf8[start] != '{') return false;
        var reader = new Utf8JsonReader(utf8[start..], isFinalBlock: true, new JsonReaderState(ReaderOptions));
        try
        {
            reader.Read();
            VisitValue(ref reader, _root, bits, lastWins);
            if (reader.Read()) return false;
            return true;
        }
        catch (JsonException)
        {
            bits.Clear();
            return false;
        }
        catch (InvalidOperationException e)
        {
            // Unescaping a referenced value failed (invalid UTF-8, a lone surrogate).
            bits.Clear();
            throw UnreadableEventException.At(start + reader.TokenStartIndex, e);
        }
    }

    private static void VisitValue(ref Utf8JsonReader reader, PathNode node, Span<bool> bits, bool lastWins)
    {
        if (node.Conditions.Length > 0) Apply(ref reader, node.Conditions, bits);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject when node.WantsObject:
                // Objects wider than the 64-bit mask of named properties always look ahead for repeated names.
                if (lastWins || node.Properties.Length > 64) VisitObjectLastWins(ref reader, node, bits);
                else if (node.OtherProperty is not null) VisitObjectWildcard(ref reader, node, bits);
                else VisitObject(ref reader, node, bits);
                break;
            case JsonTokenType.StartArray when node.WantsArray: VisitArray(ref reader, node, bits, lastWins); break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray: reader.Skip(); break;
        }
    }

    private static void VisitObject(ref Utf8JsonReader reader, PathNode node, Span<bool> bits)
    {
        var seen = 0UL;
        var properties = node.Properties;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            PathNode? child = null;
            for (var i = 0; i < properties.Length; i++)
            {
                if (!NameEquals(ref reader, properties[i].Name)) continue;
                if ((seen & (1UL << i)) != 0) throw new DuplicateNameFound();
                seen |= 1UL << i;
                child = properties[i].Child;
                break;
            }
            reader.Read();
            if (child is not null) VisitValue(ref reader, child, bits, lastWins: false);
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
    }

    /// <summary>
    /// An escaped name that cannot be unescaped (a lone surrogate) equals no name a pattern can spell; any other
    /// property is still visited.
    /// </summary>
    internal static bool NameEquals(ref Utf8JsonReader reader, byte[] name)
    {
        if (!reader.ValueIsEscaped) return reader.ValueTextEquals(name);
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void VisitArray(ref Utf8JsonReader reader, PathNode node, Span<bool> bits, bool lastWins)
    {
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var child = node.OtherElement;
            foreach (var (i, element) in node.Elements)
            {
                if (i == index) { child = element; break; }
            }
            index++;
            if (child is not null) VisitValue(ref reader, child, bits, lastWins);
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
    }

    private static void Apply(ref Utf8JsonReader reader, (Condition Condition, int Bit)[] conditions, Span<bool> bits)
    {
        var token = reader.TokenType;
        if (token == JsonTokenType.String && reader.ValueIsEscaped)
        {
            ApplyEscapedString(ref reader, conditions, bits);
            return;
        }
        var text = token switch
        {
            JsonTokenType.True => "true"u8,
            JsonTokenType.False => "false"u8,
            _ => reader.ValueSpan,
        };
        ApplyTo(token, text, conditions, bits);
    }

    private static void ApplyEscapedString(ref Utf8JsonReader reader, (Condition Condition, int Bit)[] conditions, Span<bool> bits)
    {
        var length = reader.ValueSpan.Length;
        byte[]? rented = null;
        Span<byte> buffer = length <= 512 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = reader.CopyString(buffer);
            ApplyTo(JsonTokenType.String, buffer[..written], conditions, bits);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void ApplyTo(JsonTokenType token, ReadOnlySpan<byte> text, (Condition Condition, int Bit)[] conditions, Span<bool> bits)
    {
        foreach (var (c, bit) in conditions)
        {
            if (bits[bit]) continue;
            bits[bit] = c.Kind switch
            {
                ConditionKind.NotExists => true,
                ConditionKind.IsNull => token == JsonTokenType.Null,
                ConditionKind.IsTrue => token == JsonTokenType.True,
                ConditionKind.IsFalse => token == JsonTokenType.False,
                _ => token switch
                {
                    JsonTokenType.String => ValueComparer.Compare(c.Op, c.Value!, ScalarKind.String, text),
                    JsonTokenType.Number => ValueComparer.Compare(c.Op, c.Value!, ScalarKind.Number, text),
                    JsonTokenType.True or JsonTokenType.False => ValueComparer.Compare(c.Op, c.Value!, ScalarKind.Boolean, text),
                    _ => false,
                },
            };
        }
    }
}
