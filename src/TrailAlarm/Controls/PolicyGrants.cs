using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrailAlarm.Controls;

/// <summary>
/// Does a resource policy (SNS topic, KMS key, SQS queue, Lambda function) let a service principal perform every one
/// of some actions? Allow statements whose principal is "*", {"AWS":"*"} or the service count; a Deny naming the
/// principal (or "*") for the action without conditions wins. Conditions on Allow statements are accepted (the
/// default topic policy's AWS:SourceOwner condition is met by a same-account alarm), except an aws:SourceArn
/// condition that names other sources than <c>sourceArn</c>, when one is given: that statement lets only them in.
/// </summary>
internal static class PolicyGrants
{
    public static bool? Allows(string? policyJson, string servicePrincipal, IReadOnlyList<string> actions, string? sourceArn = null, string? resource = null)
    {
        if (string.IsNullOrWhiteSpace(policyJson))
        {
            return null;
        }

        List<JsonElement> statements;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(policyJson);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            statements = Statements(document.RootElement);
            return actions.All(action =>
                statements.Any(s => Effect(s) == "Allow" && NamesPrincipal(s, servicePrincipal) && CoversAction(s, action) && CoversResource(s, resource) && AdmitsSource(s, sourceArn))
                && !statements.Any(s => Effect(s) == "Deny" && !s.TryGetProperty("Condition", out _) && NamesPrincipal(s, servicePrincipal) && CoversAction(s, action) && CoversResource(s, resource)));
        }
    }

    private static List<JsonElement> Statements(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Statement", out var statement))
        {
            return [];
        }

        return statement.ValueKind == JsonValueKind.Array ? statement.EnumerateArray().ToList() : [statement];
    }

    private static string? Effect(JsonElement s) => s.TryGetProperty("Effect", out var e) ? e.GetString() : null;

    private static bool NamesPrincipal(JsonElement s, string service)
    {
        if (!s.TryGetProperty("Principal", out var principal))
        {
            return false;
        }

        if (principal.ValueKind == JsonValueKind.String)
        {
            return principal.GetString() == "*";
        }

        return Strings(principal, "AWS").Contains("*") || Strings(principal, "Service").Contains(service);
    }

    /// <summary>False when the statement's aws:SourceArn condition (ArnEquals, ArnLike, StringEquals, StringLike)
    /// lists only other ARNs than <paramref name="sourceArn"/>.</summary>
    private static bool AdmitsSource(JsonElement s, string? sourceArn)
    {
        if (sourceArn is null || !s.TryGetProperty("Condition", out var condition) || condition.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        foreach (var test in condition.EnumerateObject().Where(t => t.Value.ValueKind == JsonValueKind.Object && !t.Name.Contains("Not", StringComparison.Ordinal)))
        {
            foreach (var key in test.Value.EnumerateObject().Where(k => k.Name.Equals("aws:SourceArn", StringComparison.OrdinalIgnoreCase)))
            {
                var listed = Strings(test.Value, key.Name);
                if (!listed.Any(arn => Glob(arn).IsMatch(sourceArn)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool CoversAction(JsonElement s, string action)
        => Strings(s, "Action").Any(pattern => Glob(pattern).IsMatch(action));

    /// <summary>Resource ARNs match case-sensitively (IAM); a policy on one resource may leave Resource out.</summary>
    private static bool CoversResource(JsonElement s, string? resource)
        => resource is null || !s.TryGetProperty("Resource", out _) || Strings(s, "Resource").Any(pattern => Glob(pattern, RegexOptions.None).IsMatch(resource));

    private static List<string> Strings(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList(),
            _ => [],
        };
    }

    private static Regex Glob(string pattern, RegexOptions options = RegexOptions.IgnoreCase)
        => new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
