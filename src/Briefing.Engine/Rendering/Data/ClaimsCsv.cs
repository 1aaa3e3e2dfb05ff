using System.Text;

namespace Briefing.Engine.Rendering.Data;

/// <summary>
/// /claims.csv: the ledger as a spreadsheet, one row per report, as RFC 4180 writes it: a header row, CRLF
/// after every row, and a field that holds a comma, a quote or a line break in quotes, its quotes doubled.
/// UTF-8 without a byte-order mark.
/// </summary>
internal static class ClaimsCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["claim_id", "question", "status", "value", "source_id", "source_publisher", "source_title", "source_url", "note"];

    public static byte[] Write(ClaimsData data)
    {
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var claim in data.Claims)
        {
            // A claim without reports still has its row, so that every claim of the ledger is in the file.
            if (claim.Reports.Count == 0)
            {
                Row(csv, [claim.Id, claim.Question, claim.Status, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
            }

            foreach (var report in claim.Reports)
            {
                var source = report.Source;
                Row(csv, [claim.Id, claim.Question, claim.Status, report.Value, source.Id, source.Publisher, source.Label, source.Url ?? string.Empty, report.Note ?? string.Empty]);
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                csv.Append(field);
            }
            else
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        csv.Append("\r\n");
    }
}
