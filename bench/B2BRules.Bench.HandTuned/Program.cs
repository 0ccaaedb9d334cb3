using System.Buffers;
using System.Text;
using CsvHelper;

// The hand-tuned, single-purpose checker B2BRules is measured against (docs/performance.md): CsvHelper streaming and the same
// checks hard-coded — consumer domain, role address, row limit, MFA, email syntax, duplicates (a HashSet), https,
// whitespace, sendEmail, formula characters, example row. Writes its findings, one per line.
// Usage: handtuned BATCH.csv CONSUMER-DOMAINS.txt ROLE-ADDRESSES.txt FINDINGS.txt
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: handtuned BATCH.csv CONSUMER-DOMAINS.txt ROLE-ADDRESSES.txt FINDINGS.txt");
    return 2;
}

var consumer = File.ReadLines(args[1]).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).ToHashSet();
var roles = File.ReadLines(args[2]).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).ToHashSet();
string[] prefixes = ["dl-", "dl.", "dl_", "dg-", "list-", "all-", "team-", "group-"];
var forbidden = SearchValues.Create("~!#$%^&*()+=[]{}\\/|;:\"<>?,");
var trusted = new HashSet<string> { "fabrikam.com", "contoso-partner.co.jp", "litware.de", "adatum.com", "northwind.com", "wingtiptoys.com" }; // bench/rules.yaml
var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
using var findings = new StreamWriter(args[3], false, new UTF8Encoding(false), 1 << 16);
var options = new CsvReaderOptions { Separator = ',', HasHeader = false, TrimWhitespace = false, SkipEmptyLines = false, TrackLineNumbers = true };
using var reader = CsvReader.FromFile(args[0], options, FileOptions.SequentialScan);
var record = 0;
var rows = 0;
while (reader.Read())
{
    record++;
    if (record <= 2)
    {
        continue; // version line and headings
    }

    rows++;
    var line = reader.LineNumber;
    var email = reader.GetString(0);
    var url = reader.GetString(1);
    var send = reader.GetString(2);
    var message = reader.GetString(3);
    void Report(string id) => findings.WriteLine($"{line} {id}");

    var trimmed = email.Trim();
    var at = trimmed.LastIndexOf('@');
    var domain = at < 0 ? string.Empty : trimmed[(at + 1)..].ToLowerInvariant();
    var local = at < 0 ? trimmed.ToLowerInvariant() : trimmed[..at].ToLowerInvariant();
    if (trimmed.StartsWith("Example:", StringComparison.OrdinalIgnoreCase))
    {
        Report("B2B0108");
    }
    else if (at <= 0 || trimmed.IndexOf('@') != at || local.AsSpan().IndexOfAny(forbidden) >= 0 || !domain.Contains('.'))
    {
        Report("B2B0105");
    }

    if (consumer.Contains(domain))
    {
        Report("B2B0001");
    }

    if (roles.Contains(local) || prefixes.Any(p => local.StartsWith(p, StringComparison.Ordinal)))
    {
        Report("B2B0002");
    }

    if (rows == 2001)
    {
        Report("B2B0003");
    }

    if (domain.Length > 0 && !trusted.Contains(domain))
    {
        Report("B2B0004");
    }

    if (trimmed.Length > 0 && !seen.Add(trimmed))
    {
        Report("B2B0106");
    }

    var trimmedUrl = url.Trim();
    if (trimmedUrl.Length == 0 || !Uri.TryCreate(trimmedUrl, UriKind.Absolute, out var uri) || uri.Scheme != "https")
    {
        Report("B2B0107");
    }

    foreach (var cell in new[] { email, url, send, message })
    {
        if (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])))
        {
            Report("B2B0109");
        }

        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            Report("B2B0113");
        }
    }

    var sendTrimmed = send.Trim();
    if (sendTrimmed.Length > 0 && !bool.TryParse(sendTrimmed, out _))
    {
        Report("B2B0110");
    }
}

Console.WriteLine($"{rows} rows checked");
return 0;
