using System.Text;

namespace TrailAlarm.FilterPatterns.Syntax;

/// <summary>Parses unstructured patterns: whitespace-separated terms, each optionally prefixed by `?` or `-`.</summary>
internal static class TermPatternParser
{
    public static TermsNode Parse(string text, int start, int end)
    {
        var c = new Cursor(text, start, end);
        var terms = new List<Term>();
        while (true)
        {
            c.SkipSpaces();
            if (c.AtEnd) return new TermsNode(terms);
            terms.Add(ParseTerm(c));
            if (!c.AtEnd && !Cursor.IsSpace(c.Current))
                throw c.Error("expected-space", $"unexpected `{c.Current}` right after a term", 1, "separate terms with a space");
        }
    }

    private static Term ParseTerm(Cursor c)
    {
        var mode = TermMode.Required;
        if (c.Current is '?' or '-')
        {
            mode = c.Current == '?' ? TermMode.Optional : TermMode.Excluded;
            c.Pos++;
            if (c.AtEnd || Cursor.IsSpace(c.Current))
                throw c.Error("empty-term", $"`{c.Text[c.Pos - 1]}` must be followed by a term", 1, "write ?ERROR or -DEBUG without a space");
        }
        if (c.Current == '"') return new Term(mode, ValueParser.QuotedString(c), Quoted: true);
        var termStart = c.Pos;
        var sb = new StringBuilder();
        while (!c.AtEnd && !Cursor.IsSpace(c.Current))
        {
            if (c.Current == '"')
                throw c.Error("quote-in-term", "a `\"` inside an unquoted term", 1, "quote the whole term: \"a b\"");
            sb.Append(c.Current);
            c.Pos++;
        }
        if (sb.Length == 0) throw PatternSyntaxException.At("empty-term", "empty term", termStart, 1);
        return new Term(mode, sb.ToString(), Quoted: false);
    }
}
