using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace TrailAlarm.Remediation;

/// <summary>
/// SHA-256 digests of a plan as <c>plan</c> wrote it: one over the header (account, partition, time, notes, what was
/// not planned), one per change and one per precondition, so that an edit is named by the first part it touched.
/// A digest detects edits, not a forger who recomputes it; the value checks of <see cref="PlanFileCheck"/> bound what
/// even such a file can ask for.
/// </summary>
public sealed record PlanDigest
{
    public const string Sha256 = "sha256";

    public string Algorithm { get; init; } = Sha256;

    public required string Header { get; init; }

    public required IReadOnlyList<string> Changes { get; init; }

    public required IReadOnlyList<string> Preconditions { get; init; }

    public static PlanDigest Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanDigest
        {
            Header = Hash(w =>
            {
                w.WriteString("schema", plan.Schema);
                w.WriteString("account", plan.Account);
                w.WriteString("partition", plan.Partition);
                w.WriteString("createdAt", plan.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                Strings(w, "notes", plan.Notes);
                w.WriteStartArray("unplanned");
                foreach (var u in plan.Unplanned)
                {
                    w.WriteStartObject();
                    w.WriteString("control", u.Control);
                    w.WriteString("reason", u.Reason);
                    w.WriteString("remedy", u.Remedy);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }),
            Changes = [.. plan.Changes.Select(c => Hash(w =>
            {
                w.WriteString("action", c.Action.ToString().ToLowerInvariant());
                w.WriteString("address", c.Address);
                w.WriteString("kind", c.Kind.Id);
                w.WriteString("region", c.Region);
                Attributes(w, "before", c.Before);
                Attributes(w, "after", c.After);
                Strings(w, "because", c.Because);
            }))],
            Preconditions = [.. plan.Preconditions.Select(p => Hash(w =>
            {
                w.WriteString("address", p.Address);
                w.WriteString("kind", p.Kind.Id);
                w.WriteString("region", p.Region);
                w.WriteString("expect", p.Expect);
                Attributes(w, "attributes", p.Attributes);
                w.WriteString("description", p.Description);
            }))],
        };
    }

    /// <summary>The first part of <paramref name="plan"/> whose digest differs from <paramref name="written"/>, or null.</summary>
    public static string? FirstDifference(PlanDigest written, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(written);
        var now = Of(plan);
        if (written.Algorithm != Sha256)
        {
            return $"its digest algorithm is '{written.Algorithm}'; this version writes '{Sha256}'";
        }

        if (written.Header != now.Header)
        {
            return "its account, partition, creation time, notes or unplanned controls differ";
        }

        if (Differs(written.Changes, now.Changes, plan.Changes.Select(c => c.Address).ToList(), "change") is { } change)
        {
            return change;
        }

        return Differs(written.Preconditions, now.Preconditions, plan.Preconditions.Select(p => p.Address).ToList(), "precondition");
    }

    private static string? Differs(IReadOnlyList<string> written, IReadOnlyList<string> now, List<string> addresses, string what)
    {
        for (var i = 0; i < Math.Min(written.Count, now.Count); i++)
        {
            if (written[i] != now[i])
            {
                return $"{what} {i + 1} ({addresses[i]}) is not as plan wrote it";
            }
        }

        return written.Count == now.Count ? null : $"it has {now.Count} {what}s; plan wrote {written.Count}";
    }

    private static string Hash(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Attributes(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, string>? attributes)
    {
        if (attributes is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        foreach (var (key, value) in attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
