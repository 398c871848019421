using System.Globalization;

namespace TrailAlarm.Controls;

/// <summary>
/// Evaluates the small, common subset of CloudWatch metric math (numbers, ids, + - * /, parentheses, FILL, SUM, MAX,
/// MIN, AVG, ABS) for one period. A null result means "cannot be known": an id without a value, or anything outside
/// the subset — the caller reports that as UNKNOWN rather than guessing.
/// </summary>
internal sealed class MetricMath
{
    private readonly string text;
    private readonly IReadOnlyDictionary<string, double> values;
    private int pos;
    private bool unsupported;

    private MetricMath(string text, IReadOnlyDictionary<string, double> values)
    {
        this.text = text;
        this.values = values;
    }

    public static double? Evaluate(string expression, IReadOnlyDictionary<string, double> values)
    {
        var math = new MetricMath(expression, values);
        var result = math.Sum();
        math.SkipSpace();
        return math.unsupported || math.pos != expression.Length ? null : result;
    }

    private double? Sum()
    {
        var left = Product();
        while (true)
        {
            if (Accept('+'))
            {
                var right = Product();
                left = left is null || right is null ? null : left + right;
            }
            else if (Accept('-'))
            {
                var right = Product();
                left = left is null || right is null ? null : left - right;
            }
            else
            {
                return left;
            }
        }
    }

    private double? Product()
    {
        var left = Unary();
        while (true)
        {
            if (Accept('*'))
            {
                var right = Unary();
                left = left is null || right is null ? null : left * right;
            }
            else if (Accept('/'))
            {
                var right = Unary();
                left = left is null || right is null || right == 0 ? null : left / right;
            }
            else
            {
                return left;
            }
        }
    }

    private double? Unary() => Accept('-') ? -Unary() : Primary();

    private double? Primary()
    {
        SkipSpace();
        if (Accept('('))
        {
            var inner = Sum();
            return Accept(')') ? inner : Fail();
        }

        var start = pos;
        if (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.'))
        {
            while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] is '.' or 'e' or 'E'))
            {
                pos++;
            }

            return double.TryParse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : Fail();
        }

        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
        {
            pos++;
        }

        var name = text[start..pos];
        if (name.Length == 0)
        {
            return Fail();
        }

        if (!Accept('('))
        {
            return values.TryGetValue(name, out var v) ? v : null;
        }

        var args = Arguments();
        return name.ToUpperInvariant() switch
        {
            "FILL" when args.Count == 2 => args[0] ?? args[1],
            "ABS" when args.Count == 1 => args[0] is { } a ? Math.Abs(a) : null,
            "SUM" => Fold(args, xs => xs.Sum()),
            "MAX" => Fold(args, xs => xs.Max()),
            "MIN" => Fold(args, xs => xs.Min()),
            "AVG" => Fold(args, xs => xs.Average()),
            _ => Fail(),
        };
    }

    private List<double?> Arguments()
    {
        var args = new List<double?>();
        var bracket = Accept('[');
        do
        {
            args.Add(Sum());
        }
        while (Accept(','));

        if (bracket && !Accept(']'))
        {
            Fail();
        }

        // FILL(m1, 0) puts its second argument after the list.
        while (Accept(','))
        {
            args.Add(Sum());
        }

        if (!Accept(')'))
        {
            Fail();
        }

        return args;
    }

    private static double? Fold(List<double?> args, Func<IEnumerable<double>, double> f)
        => args.Count == 0 || args.Any(a => a is null) ? null : f(args.Select(a => a!.Value));

    private double? Fail()
    {
        unsupported = true;
        return null;
    }

    private bool Accept(char c)
    {
        SkipSpace();
        if (pos < text.Length && text[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }
}
