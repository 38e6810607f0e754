using System.Text;

namespace ChatOpsAdvisor.Importing;

/// <summary>
/// An RFC 4180 CSV file: a header row and records, each with the line it starts on (quoted fields
/// may span lines), so a row that cannot be parsed is reported with its line number.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records)
    {
        Header = header;
        Records = records;
        columns = header.Select((h, i) => (h.Trim(), i)).GroupBy(x => x.Item1, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    public bool Has(string column) => columns.ContainsKey(column);

    public string? Get(CsvRecord record, string column)
    {
        ArgumentNullException.ThrowIfNull(record);
        return columns.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i] : null;
    }

    public static CsvTable Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = ReadRecords(reader).ToList();
        if (rows.Count == 0)
        {
            throw new InvalidDataException("the CSV file is empty");
        }

        return new CsvTable(rows[0].Fields, rows.Skip(1).Where(r => r.Fields.Count > 1 || r.Fields[0].Length > 0).ToList());
    }

    private static IEnumerable<CsvRecord> ReadRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(start, fields);
                    fields = [];
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields);
        }
    }
}

/// <summary>One record and the line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
