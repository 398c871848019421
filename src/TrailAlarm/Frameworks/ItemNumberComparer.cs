namespace TrailAlarm.Frameworks;

/// <summary>
/// Orders item numbers as a reader expects (4.5 before 4.9 before 4.10, AU-12 before SI-4(20)): digit runs compare
/// by value, everything else ordinally; a missing number sorts last.
/// </summary>
public sealed class ItemNumberComparer : IComparer<string?>
{
    public static readonly ItemNumberComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = TakeDigits(x, ref i);
                var b = TakeDigits(y, ref j);
                var byValue = a.TrimStart('0').Length != b.TrimStart('0').Length
                    ? a.TrimStart('0').Length.CompareTo(b.TrimStart('0').Length)
                    : string.CompareOrdinal(a.TrimStart('0'), b.TrimStart('0'));
                if (byValue != 0)
                {
                    return byValue;
                }
            }
            else
            {
                var byChar = x[i].CompareTo(y[j]);
                if (byChar != 0)
                {
                    return byChar;
                }

                i++;
                j++;
            }
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static string TakeDigits(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return text[start..index];
    }
}
