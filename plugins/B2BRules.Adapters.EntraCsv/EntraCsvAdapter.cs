using System.Collections.Immutable;
using System.Globalization;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;

namespace B2BRules.Adapters.EntraCsv;

/// <summary>
/// <c>entra-csv</c>: writes upload-ready files in today's Entra bulk-invite template — the version line, the headings
/// exactly as the template has them, trimmed values, no example row, no row with an error — split into files of at
/// most <c>policy.maxRows</c> rows (so B2B0003 splits rather than refuses), plus a rejected file that explains every
/// row left out. Works from any of the three formats.
/// </summary>
[InvitationAdapter]
public sealed class EntraCsvAdapter : InvitationAdapter
{
    public const string VersionLine = "version:v1.0,,,";

    public const string Headings =
        "Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required," +
        "Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]";

    public override string Name => "entra-csv";

    public override ImmutableArray<string> HandledBatchRuleIds => ["B2B0003"];

    public override Task<AdapterResult> ExecuteAsync(AdapterContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = new List<string>();
        foreach (var stale in Directory.EnumerateFiles(context.OutputDirectory, $"{context.BatchName}.part-*.csv"))
        {
            File.Delete(stale); // parts of an earlier, larger run would otherwise look current
        }

        var redirect = context.Settings.TryGetValue("redirectUrl", out var configured) ? configured : InvitationFields.DefaultRedirectUrl;
        var send = context.Rows.Where(r => r.Decision == RowDecision.Send).ToList();
        var maxRows = Math.Max(1, context.Policy.MaxRows);
        for (var part = 0; part * maxRows < send.Count; part++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(context.OutputDirectory, string.Create(CultureInfo.InvariantCulture, $"{context.BatchName}.part-{part + 1:000}.csv"));
            using var writer = CsvText.CreateFile(path);
            writer.WriteLine(VersionLine);
            writer.WriteLine(Headings);
            foreach (var row in send.Skip(part * maxRows).Take(maxRows))
            {
                writer.WriteLine(CsvText.Line(UploadCells(row, redirect)));
            }

            files.Add(path);
        }

        context.Progress?.Report((send.Count, send.Count));
        var rejected = Path.Combine(context.OutputDirectory, $"{context.BatchName}.rejected.csv");
        WriteRejected(rejected, context);
        files.Add(rejected);
        var held = context.Rows.Count(r => r.Decision == RowDecision.Hold);
        var skipped = context.Rows.Count(r => r.Decision == RowDecision.Skip) + context.Unreadable.Select(d => d.Location.RecordNumber).Distinct().Count();
        return Task.FromResult(new AdapterResult(send.Count, held, skipped, 0, null, files));
    }

    /// <summary>The template's four cells, by the mapping the graph adapter uses too (<see cref="InvitationFields"/>).</summary>
    private static IEnumerable<string> UploadCells(PlannedRow row, string defaultRedirect)
    {
        yield return CsvText.Cell(row.Email);
        yield return CsvText.Cell(InvitationFields.RedirectUrl(row, defaultRedirect));
        yield return InvitationFields.SendInvitationMessage(row) ? "true" : "false";
        yield return CsvText.Cell(InvitationFields.Message(row) ?? string.Empty);
    }

    /// <summary>Every row left out, with why: held and skipped rows with their rules and messages, and unreadable records.</summary>
    private static void WriteRejected(string path, AdapterContext context)
    {
        using var writer = CsvText.CreateFile(path);
        writer.WriteLine("line,record,email,decision,rules,reasons");
        var leftOut = context.Rows.Where(r => r.Decision != RowDecision.Send)
            .Select(r => (r.LineNumber, r.RecordNumber, r.Email, Decision: r.Decision.ToString().ToLowerInvariant(),
                Findings: r.Findings.Where(d => d.Severity >= Severity.Warning).ToList()))
            .Concat(context.Unreadable.GroupBy(d => d.Location.RecordNumber!.Value)
                .Select(g => (g.First().Location.StartLine, g.Key, string.Empty, Decision: "unreadable", Findings: g.ToList())))
            .OrderBy(r => r.Item1);
        foreach (var (line, record, email, decision, findings) in leftOut)
        {
            writer.WriteLine(CsvText.Line(
            [
                line.ToString(CultureInfo.InvariantCulture),
                record.ToString(CultureInfo.InvariantCulture),
                CsvText.SafeCell(email),
                decision,
                string.Join(' ', findings.Select(d => d.Id).Distinct()),
                CsvText.SafeCell(string.Join(" | ", findings.Select(d => $"{d.Id}: {d.Message}"))),
            ]));
        }
    }
}
