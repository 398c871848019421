using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrailAlarm.Testing.Iam;

/// <summary>
/// The Allow statements of an identity policy, evaluated as IAM does for an action on a resource: Action and
/// Resource match with '*' (any run of characters) and '?' (one), the service prefix and action name without
/// regard to case, the resource exactly; Condition operators StringEquals and StringLike on the given context
/// keys. Anything else in a statement (Deny, NotAction, NotResource, other operators) is refused as unsupported.
/// </summary>
public sealed class PolicyEvaluator
{
    private readonly List<Statement> statements;

    public PolicyEvaluator(string policyJson)
    {
        using var doc = JsonDocument.Parse(policyJson);
        statements = [.. doc.RootElement.GetProperty("Statement").EnumerateArray().Select(Statement.Parse)];
    }

    public IEnumerable<string> Actions => statements.SelectMany(s => s.Actions);

    public bool Allows(string action, string resource, IReadOnlyDictionary<string, string>? context = null)
        => statements.Any(s => s.Allows(action, resource, context ?? new Dictionary<string, string>()));

    private sealed record Statement(List<string> Actions, List<string> Resources, List<(string Operator, string Key, List<string> Values)> Conditions)
    {
        public static Statement Parse(JsonElement e)
        {
            foreach (var p in e.EnumerateObject().Where(p => p.Name is not ("Sid" or "Effect" or "Action" or "Resource" or "Condition")))
            {
                throw new NotSupportedException($"statement element {p.Name}");
            }

            if (e.GetProperty("Effect").GetString() != "Allow")
            {
                throw new NotSupportedException("only Allow statements");
            }

            var conditions = new List<(string, string, List<string>)>();
            if (e.TryGetProperty("Condition", out var condition))
            {
                foreach (var op in condition.EnumerateObject())
                {
                    if (op.Name is not ("StringEquals" or "StringLike"))
                    {
                        throw new NotSupportedException($"condition operator {op.Name}");
                    }

                    conditions.AddRange(op.Value.EnumerateObject().Select(k => (op.Name, k.Name, Strings(k.Value))));
                }
            }

            return new Statement(Strings(e.GetProperty("Action")), Strings(e.GetProperty("Resource")), conditions);
        }

        public bool Allows(string action, string resource, IReadOnlyDictionary<string, string> context)
            => Actions.Any(a => Matches(a, action, ignoreCase: true))
                && Resources.Any(r => Matches(r, resource, ignoreCase: false))
                && Conditions.All(c => context.TryGetValue(c.Key, out var value)
                    && c.Values.Any(v => c.Operator == "StringEquals" ? v == value : Matches(v, value, ignoreCase: false)));

        private static List<string> Strings(JsonElement e)
            => e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray().Select(x => x.GetString()!)] : [e.GetString()!];
    }

    /// <summary>IAM's wildcard match: '*' any run of characters, '?' exactly one; the whole text must match.</summary>
    public static bool Matches(string pattern, string text, bool ignoreCase)
    {
        var regex = "^" + string.Concat(pattern.Select(c => c switch { '*' => ".*", '?' => ".", _ => Regex.Escape(c.ToString()) })) + "$";
        return Regex.IsMatch(text, regex, (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
