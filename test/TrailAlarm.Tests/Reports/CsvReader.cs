using System.Text;

namespace TrailAlarm.Tests.Reports;

/// <summary>A strict RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF records.</summary>
internal static class CsvReader
{
    public static List<string[]> Read(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        throw new FormatException("unterminated quoted field");
                    }

                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(csv[i++]);
                }
            }
            else
            {
                while (i < csv.Length && csv[i] != ',' && csv[i] != '\r' && csv[i] != '\n')
                {
                    if (csv[i] == '"')
                    {
                        throw new FormatException($"quote inside an unquoted field at {i}");
                    }

                    field.Append(csv[i++]);
                }
            }

            row.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 < csv.Length && csv[i] == '\r' && csv[i + 1] == '\n')
            {
                i += 2;
            }
            else if (i < csv.Length)
            {
                throw new FormatException($"record must end with CRLF at {i}");
            }

            rows.Add([.. row]);
            row.Clear();
        }

        return rows;
    }
}
