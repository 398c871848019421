namespace TrailAlarm.Aws.LogSources;

/// <summary>
/// One pass over a run of NDJSON lines: are they all records of the usual shape, <c>{…}</c> with nothing around them
/// but an optional CR before the newline? Runs that pass are counted without being split into lines; anything else
/// (blank lines, spaces, fragments) is left to the line-by-line reader.
/// </summary>
internal static class RecordLines
{
    /// <summary>
    /// True when <paramref name="run"/> (whole lines; it ends after a newline, or at the end of the input) is only
    /// such records; <paramref name="lines"/> is then how many.
    /// </summary>
    public static bool AllWellShaped(ReadOnlySpan<byte> run, out long lines)
    {
        lines = 0;
        if (run.IsEmpty)
        {
            return true;
        }

        var end = run[^1] == (byte)'\n' ? run.Length - 1 : run.Length;
        if (end > 0 && run[end - 1] == (byte)'\r')
        {
            end--;
        }

        if (run[0] != (byte)'{' || end == 0 || run[end - 1] != (byte)'}')
        {
            return false;
        }

        // Every newline inside the run ends one record and starts the next. Newlines are rare (one per record), so
        // the vectorised IndexOf does the scanning and each hit gets a scalar look at its neighbours.
        var inner = run[..end];
        for (var at = 0; ;)
        {
            var next = inner[at..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            var newline = at + next;
            if (!BetweenRecords(inner, newline))
            {
                return false;
            }

            lines++;
            at = newline + 1;
        }

        lines++;
        return true;
    }

    private static bool BetweenRecords(ReadOnlySpan<byte> text, int newline)
    {
        var before = newline - 1;
        if (before >= 1 && text[before] == (byte)'\r')
        {
            before--;
        }

        return before >= 0 && text[before] == (byte)'}' && newline + 1 < text.Length && text[newline + 1] == (byte)'{';
    }
}
