using CsCheck;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>CsCheck generators of pattern text (mostly valid) and of JSON events over the same small vocabulary.</summary>
internal static class PatternGenerators
{
    private static readonly Gen<string> Space = Gen.OneOf("", " ", "  ", "\t");
    public static readonly Gen<string> Name = Gen.OneOf("eventName", "eventSource", "a", "b", "errorCode", "x-y", "n_1", "2nd");
    private static readonly Gen<string> Word = Gen.OneOf("CreateTrail", "StopLogging", "config.amazonaws.com", "Root", "AccessDenied", "a:b/c", "1.5", "200", "", "x y", "q\"uote", "back\\slash", "é");

    private static readonly Gen<string> Step = Gen.Frequency(
        (6, Name.Select(n => "." + n)),
        (1, Gen.Int[0, 3].Select(i => $"[{i}]")),
        (1, Gen.Const("[*]")),
        (1, Gen.Const(".*")),
        (1, Gen.Const(".['cluster.name']")));

    public static readonly Gen<string> Selector = Step.Array[1, 3].Select(s => "$" + string.Concat(s));

    private static readonly Gen<string> Value = Gen.Frequency(
        (4, Word.Select(w => "\"" + w.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")),
        (3, Gen.OneOf("CreateTrail", "kms.amazonaws.com", "Access*", "*Operation", "*", "123.123.*", "true", "a-b_c:d/e")),
        (2, Gen.OneOf("1", "-2", "+1000", "55.5", "1e+3", "10e-3", ".5", "0")),
        (1, Gen.OneOf("%Trail%", "%^[hc]at$%", "%\\d{1,3}%", "%a{,2}b%", "%Create|Delete%", "%\\x28%")));

    private static readonly Gen<string> Op = Gen.OneOf("=", "!=", "<", "<=", ">", ">=");

    private static readonly Gen<string> Condition = Gen.Frequency(
        (6, Gen.Select(Selector, Space, Op, Space, Value, (s, w1, o, w2, v) => s + w1 + o + w2 + v)),
        (1, Selector.Select(s => s + " IS NULL")),
        (1, Selector.Select(s => s + " IS TRUE")),
        (1, Selector.Select(s => s + " IS FALSE")),
        (1, Selector.Select(s => s + " NOT EXISTS")));

    private static Gen<string> Expr(int depth) => depth == 0
        ? Condition
        : Gen.Frequency(
            (3, Condition),
            (2, Gen.Select(Expr(depth - 1), Space, Gen.OneOf("&&", "||"), Space, Expr(depth - 1), (a, w1, op, w2, b) => a + w1 + op + w2 + b)),
            (2, Expr(depth - 1).Select(e => "(" + e + ")")));

    public static readonly Gen<string> Json = Gen.Select(Space, Expr(3), Space, (a, e, b) => "{" + a + e + b + "}");

    private static readonly Gen<string> Term = Gen.Select(Gen.OneOf("", "?", "-"), Gen.Frequency(
        (3, Gen.OneOf("ERROR", "WARN", "a.b", "user:admin", "404", "Trail")),
        (2, Word.Select(w => "\"" + w.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""))), (p, t) => p + t);

    public static readonly Gen<string> Terms = Term.Array[1, 4].Select(t => string.Join(" ", t));

    private static readonly Gen<string> Field = Gen.Frequency(
        (3, Name),
        (3, Gen.Select(Name, Op, Value, (n, o, v) => n + o + v)),
        (1, Gen.Select(Name, Value, Value, (n, v1, v2) => $"{n} = {v1} || {n} != {v2}")),
        (1, Gen.Const("...")),
        (1, Gen.Const("")));

    public static readonly Gen<string> Delimited = Field.Array[1, 5].Select(f => "[" + string.Join(", ", f) + "]");

    public static readonly Gen<string> AnyPattern = Gen.Frequency((5, Json), (2, Terms), (2, Delimited), (1, Gen.OneOf("%Trail%", "%^a|b$%", "", "  ")));

    private static readonly Gen<string> JsonScalar = Gen.Frequency(
        (4, Word.Select(w => CloudTrailRecord.Quote(w))),
        (1, Gen.OneOf("\"Create\\u0054rail\"", "\"Stop\\u004cogging\"", "\"a\\/b\"")),
        (2, Gen.OneOf("1", "1000", "1e3", "55.50", "-2", "0.5")),
        (1, Gen.OneOf("true", "false", "null")));

    private static Gen<string> JsonValue(int depth) => depth == 0
        ? JsonScalar
        : Gen.Frequency(
            (4, JsonScalar),
            (1, JsonValue(depth - 1).Array[0, 3].Select(v => "[" + string.Join(",", v) + "]")),
            (1, JsonObject(depth - 1)));

    private static Gen<string> JsonObject(int depth)
        => Gen.Select(Name, JsonValue(depth)).Array[0, 5].Select(p => "{" + string.Join(",", p.Select(kv => CloudTrailRecord.Quote(kv.Item1) + ":" + kv.Item2)) + "}");

    public static readonly Gen<string> JsonEvent = JsonObject(2);

    public static readonly Gen<string> TextEvent = Gen.Select(Word, Word, Word, Gen.OneOf("ERROR", "WARN", "404", " "), (a, b, c, d) => $"{d} {a} [{b}] \"{c}\" 1534");

    public static readonly Gen<string> AnyEvent = Gen.Frequency((3, JsonEvent), (1, TextEvent));
}
