using System.Buffers;
using System.Text;

namespace TrailAlarm.Scanning;

/// <summary>
/// The union of the rules' literal prefilters: a record holding none of the literals cannot match any rule. Uses the
/// literals the pattern engine derives (UTF-8 widened to Latin-1 chars); a rule without literals lets everything in.
/// </summary>
public sealed class RulePrefilter
{
    private readonly SearchValues<string>? needles;

    public RulePrefilter(IReadOnlyList<ScanRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count > 0 && rules.All(r => r.Pattern.PrefilterLiterals.Count > 0))
        {
            needles = SearchValues.Create(rules.SelectMany(r => r.Pattern.PrefilterLiterals).Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal);
        }
    }

    public bool PassesEverything => needles is null;

    public bool MayMatch(ReadOnlySpan<byte> utf8)
    {
        if (needles is null)
        {
            return true;
        }

        char[]? rented = null;
        var chars = utf8.Length <= 4096 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length)).AsSpan(0, utf8.Length);
        try
        {
            Encoding.Latin1.GetChars(utf8, chars);
            return chars.IndexOfAny(needles) >= 0;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
