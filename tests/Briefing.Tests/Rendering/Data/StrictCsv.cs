using System.Text;

namespace Briefing.Tests.Rendering.Data;

/// <summary>
/// Reads CSV exactly as RFC 4180 writes it, refusing anything looser: every record ends in CRLF, a field with a
/// quote is quoted as a whole, and every record has as many fields as the header.
/// </summary>
internal static class StrictCsv
{
    public static List<string[]> Read(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"a quote inside an unquoted field at {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length || text[i] != '\r' || text[i + 1] != '\n')
            {
                throw new FormatException($"a record does not end in CRLF at {i}");
            }

            i += 2;
            if (records.Count > 0 && fields.Count != records[0].Length)
            {
                throw new FormatException($"record {records.Count} has {fields.Count} fields, the header {records[0].Length}");
            }

            records.Add([.. fields]);
            fields.Clear();
        }

        return records;
    }
}
