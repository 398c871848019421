using TrailAlarm.Catalogue;

namespace TrailAlarm.Cli.Commands;

/// <summary>--controls and --framework: which catalogue controls the audit evaluates.</summary>
internal static class AuditControlSelection
{
    public static IReadOnlyList<Control> Select(ControlCatalogue catalogue, string? controls, string? framework)
    {
        IEnumerable<Control> selected = catalogue.Controls;
        if (!string.IsNullOrWhiteSpace(controls))
        {
            var ids = catalogue.Expand(controls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var unknown = ids.FirstOrDefault(id => catalogue.Find(id) is null);
            if (unknown is not null)
            {
                var names = catalogue.Groups.Concat(catalogue.Controls.Select(c => c.Id)).ToList();
                throw new UsageException($"--controls: unknown control '{unknown}'{Suggestions.DidYouMean(unknown, names)} (known: {string.Join(", ", names)})");
            }

            selected = ids.Distinct().Select(id => catalogue.Find(id)!);
        }

        if (framework is not null)
        {
            var known = catalogue.Controls.SelectMany(c => c.Frameworks.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            if (!known.Contains(framework))
            {
                throw new UsageException($"--framework: unknown framework '{framework}'; known: {string.Join(", ", known)}");
            }

            selected = selected.Where(c => c.Frameworks.ContainsKey(framework));
        }

        var list = selected.ToList();
        return list.Count > 0 ? list : throw new UsageException("--controls and --framework together select no control");
    }
}
