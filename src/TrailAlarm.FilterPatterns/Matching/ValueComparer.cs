using System.Buffers;
using System.Globalization;
using System.Text;
using TrailAlarm.FilterPatterns.Syntax;

namespace TrailAlarm.FilterPatterns.Matching;

/// <summary>Compares one scalar node (UTF-8 text) with a literal, following the coercion table of spec 6.5.</summary>
internal static class ValueComparer
{
    public static bool Compare(CompareOp op, Literal literal, ScalarKind kind, ReadOnlySpan<byte> text) => op switch
    {
        CompareOp.Equal => Equal(literal, kind, text),
        CompareOp.NotEqual => !Equal(literal, kind, text),
        _ => Relational(op, (NumberLiteral)literal, kind, text),
    };

    private static bool Equal(Literal literal, ScalarKind kind, ReadOnlySpan<byte> text) => literal switch
    {
        StringLiteral s => Wildcard(s, text),
        NumberLiteral n => kind switch
        {
            ScalarKind.Number => NumericCompare(n, text) == 0,
            ScalarKind.String when NumberSyntax.IsPlainDecimal(text) => NumericCompare(n, text) == 0,
            _ => TextEquals(text, n.Text),
        },
        RegexLiteral r => RegexSearch(r, text),
        _ => false,
    };

    private static bool Relational(CompareOp op, NumberLiteral n, ScalarKind kind, ReadOnlySpan<byte> text)
    {
        if (kind == ScalarKind.Boolean || kind == ScalarKind.String && !NumberSyntax.IsPlainDecimal(text)) return false;
        var cmp = NumericCompare(n, text);
        if (cmp == int.MinValue) return false;
        return op switch
        {
            CompareOp.Less => cmp < 0,
            CompareOp.LessOrEqual => cmp <= 0,
            CompareOp.Greater => cmp > 0,
            _ => cmp >= 0,
        };
    }

    /// <summary>Sign of (node - literal), or int.MinValue when the node is not a number.</summary>
    private static int NumericCompare(NumberLiteral n, ReadOnlySpan<byte> text)
    {
        if (n.Decimal is { } litDec && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dec))
            return dec.CompareTo(litDec);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl) && double.IsFinite(dbl))
            return dbl.CompareTo(n.Double);
        return int.MinValue;
    }

    public static bool Wildcard(StringLiteral s, ReadOnlySpan<byte> text) => s.Shape switch
    {
        WildcardShape.Any => true,
        WildcardShape.Exact => text.SequenceEqual(s.CoreUtf8),
        WildcardShape.Prefix => text.StartsWith(s.CoreUtf8),
        WildcardShape.Suffix => text.EndsWith(s.CoreUtf8),
        _ => text.IndexOf(s.CoreUtf8) >= 0,
    };

    private static bool TextEquals(ReadOnlySpan<byte> text, string literal)
    {
        if (text.Length != literal.Length) return false;
        for (int i = 0; i < text.Length; i++) if (text[i] != literal[i]) return false;
        return true;
    }

    public static bool RegexSearch(RegexLiteral r, ReadOnlySpan<byte> utf8)
    {
        var max = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        char[]? rented = null;
        Span<char> chars = max <= 512 ? stackalloc char[max] : (rented = ArrayPool<char>.Shared.Rent(max));
        try
        {
            var count = Encoding.UTF8.GetChars(utf8, chars);
            return r.Regex.IsMatch(chars[..count]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
