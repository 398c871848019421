using System.Text;

namespace TrailAlarm.FilterPatterns.Tests.Fuzzing;

/// <summary>
/// Grammar-aware pattern generation and mutation for the fuzz harness: patterns are built from the filter-pattern
/// grammar (JSON, terms, delimited, regex) over a vocabulary shared with the events, then mutated at token level
/// (drop, duplicate, swap, splice a fragment) so both valid and nearly valid patterns are tried. Plain System.Random:
/// a seed replays a run exactly.
/// </summary>
internal sealed class FuzzGrammar(Random random)
{
    private static readonly string[] Names = ["eventName", "eventSource", "a", "b", "errorCode", "x-y", "n_1", "userIdentity"];
    private static readonly string[] Words = ["CreateTrail", "StopLogging", "config.amazonaws.com", "Root", "AccessDenied", "a:b/c", "1.5", "200", "", "x y", "q\\\"uote", "\\u0041", "é"];
    private static readonly string[] Bare = ["CreateTrail", "Access*", "*Operation", "*", "true", "a-b_c:d/e", "1", "-2", "1e+3", ".5", "1e999", "0"];
    private static readonly string[] Regexes = ["%Trail%", "%^[hc]at$%", "%\\d{1,3}%", "%a{,2}b%", "%Create|Delete%", "%\\x28%", "%\\D{300,}%", "%a{0,99}b{0,99}c{0,99}%", "%[^a]*z%"];
    private static readonly string[] Ops = ["=", "!=", "<", "<=", ">", ">="];
    private static readonly string[] Fragments = ["{", "}", "(", ")", "&&", "||", "$.", "[*]", ".*", "\"", "%", " ", "?", "-", "[", "]", ",", "...", "NOT EXISTS", "IS NULL", "\\"];

    public string Pattern()
    {
        var pattern = random.Next(10) switch
        {
            < 6 => "{ " + Expr(3) + " }",
            < 8 => string.Join(" ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Term())),
            < 9 => "[" + string.Join(", ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Field())) + "]",
            _ => Pick(Regexes),
        };
        return random.Next(4) == 0 ? Mutate(pattern) : pattern;
    }

    private string Mutate(string pattern)
    {
        var sb = new StringBuilder(pattern);
        for (var n = random.Next(1, 4); n > 0 && sb.Length > 0; n--)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0: sb.Remove(at, Math.Min(random.Next(1, 4), sb.Length - at)); break;
                case 1: sb.Insert(at, Pick(Fragments)); break;
                case 2: sb.Insert(at, sb.ToString(at, Math.Min(random.Next(1, 8), sb.Length - at))); break;
                default: sb[at] = (char)random.Next(32, 127); break;
            }
        }
        return sb.ToString();
    }

    private string Selector()
    {
        var sb = new StringBuilder("$");
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            sb.Append(random.Next(8) switch
            {
                < 5 => "." + Pick(Names),
                5 => $"[{random.Next(3)}]",
                6 => "[*]",
                _ => ".*",
            });
        }
        return sb.ToString();
    }

    private string Value() => random.Next(3) switch
    {
        0 => "\"" + Pick(Words) + "\"",
        1 => Pick(Bare),
        _ => random.Next(4) == 0 ? Pick(Regexes) : Pick(Bare),
    };

    private string Condition() => random.Next(10) switch
    {
        < 7 => $"{Selector()} {Pick(Ops)} {Value()}",
        7 => Selector() + " IS NULL",
        8 => Selector() + " NOT EXISTS",
        _ => Selector() + (random.Next(2) == 0 ? " IS TRUE" : " IS FALSE"),
    };

    private string Expr(int depth) => depth == 0 || random.Next(3) == 0
        ? Condition()
        : random.Next(3) == 0 ? "(" + Expr(depth - 1) + ")" : $"{Expr(depth - 1)} {(random.Next(2) == 0 ? "&&" : "||")} {Expr(depth - 1)}";

    private string Term() => Pick(["", "?", "-"]) + (random.Next(2) == 0 ? Pick(["ERROR", "WARN", "a.b", "404", "Trail", "StopLogging"]) : "\"" + Pick(Words) + "\"");

    private string Field() => random.Next(4) switch
    {
        0 => Pick(Names),
        1 => Pick(Names) + Pick(Ops) + Pick(Bare),
        2 => "...",
        _ => Pick(Names) + " = " + Pick(Bare) + " || " + Pick(Names) + " != " + Pick(Bare),
    };

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
