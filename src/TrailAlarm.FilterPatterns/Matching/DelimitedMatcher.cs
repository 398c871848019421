using System.Buffers;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>
/// Space-delimited patterns: aligns pattern fields with event fields (left to right, or around one `...`, with
/// the last field taking the rest of the line when the event has more fields) and tests each field's conditions.
/// </summary>
internal sealed class DelimitedMatcher : Matcher
{
    private readonly NamedField?[] _fields;
    private readonly int _ellipsis;

    public DelimitedMatcher(DelimitedNode node)
    {
        Node = node;
        _fields = node.Fields.Select(f => f as NamedField).ToArray();
        _ellipsis = node.Fields.ToList().FindIndex(f => f is EllipsisField);
    }

    public DelimitedNode Node { get; }

    public override bool Matches(ReadOnlySpan<byte> utf8) => Visit(utf8, null, out _);

    /// <summary>
    /// Aligns and tests; when <paramref name="wanted"/> is "$name" or "$N", also returns that field's value range.
    /// </summary>
    public bool Visit(ReadOnlySpan<byte> line, string? wanted, out Range wantedValue)
    {
        wantedValue = default;
        var total = DelimitedTokenizer.Tokenize(line, []);
        FieldToken[]? rented = null;
        Span<FieldToken> tokens = total <= 64 ? stackalloc FieldToken[total] : (rented = ArrayPool<FieldToken>.Shared.Rent(total));
        try
        {
            DelimitedTokenizer.Tokenize(line, tokens);
            return Align(line, tokens[..total], wanted, out wantedValue);
        }
        finally
        {
            if (rented is not null) ArrayPool<FieldToken>.Shared.Return(rented);
        }
    }

    private bool Align(ReadOnlySpan<byte> line, ReadOnlySpan<FieldToken> tokens, string? wanted, out Range wantedValue)
    {
        wantedValue = default;
        int fields = _fields.Length, slots = _ellipsis >= 0 ? fields - 1 : fields;
        if (tokens.Length < slots) return false;
        var found = false;
        for (int f = 0; f < fields; f++)
        {
            if (f == _ellipsis) continue;
            int t = _ellipsis >= 0 && f > _ellipsis ? tokens.Length - (fields - f) : f;
            var token = tokens[t];
            Range value = _ellipsis < 0 && f == fields - 1 && tokens.Length > fields
                ? new Range(token.RawStart, token.RawStart + DelimitedTokenizer.Remainder(line, token).Length)
                : new Range(token.ValueStart, token.ValueStart + token.ValueLength);
            var field = _fields[f]!;
            if (field.Condition is not null && !Evaluate(field.Condition, line[value])) return false;
            if (wanted is not null && field.Name is not null && wanted.AsSpan(1).SequenceEqual(field.Name)) { wantedValue = value; found = true; }
        }
        if (wanted is not null && !found && int.TryParse(wanted.AsSpan(1), out var position) && position >= 1 && position <= tokens.Length)
        {
            var token = tokens[position - 1];
            wantedValue = new Range(token.ValueStart, token.ValueStart + token.ValueLength);
        }
        return true;
    }

    public static bool Evaluate(BoolExpr expr, ReadOnlySpan<byte> text)
    {
        switch (expr)
        {
            case OrExpr or:
                for (int i = 0; i < or.Items.Count; i++) if (Evaluate(or.Items[i], text)) return true;
                return false;
            case AndExpr and:
                for (int i = 0; i < and.Items.Count; i++) if (!Evaluate(and.Items[i], text)) return false;
                return true;
            case Condition c:
                return ValueComparer.Compare(c.Op, c.Value!, ScalarKind.String, text);
            default:
                return false;
        }
    }
}
