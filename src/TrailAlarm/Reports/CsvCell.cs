namespace TrailAlarm.Reports;

/// <summary>One CSV field, RFC 4180 quoted and safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A cell a spreadsheet would read as a formula (first character = + - @ tab or CR) gets a leading single
    /// quote, as OWASP recommends against CSV injection; every cell is then quoted with inner quotes doubled.
    /// </summary>
    public static string Encode(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0)
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
