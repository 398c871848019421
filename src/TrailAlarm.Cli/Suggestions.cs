namespace TrailAlarm.Cli;

/// <summary>"did you mean 'audit'?": the known name closest to a mistyped one, when it is close enough to be a typo.</summary>
internal static class Suggestions
{
    public static string DidYouMean(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(1, typed.Length / 3) || k.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k.Distance)
            .FirstOrDefault();
        return best.Name is null ? "" : $"; did you mean '{best.Name}'?";
    }

    /// <summary>Edit distance (insert, delete, substitute, swap of neighbours).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
