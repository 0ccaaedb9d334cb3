using B2BRules.Engine.Findings;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Tests;

/// <summary>A batch's findings come back from their compact records exactly as they were reported.</summary>
public sealed class FindingTableTests
{
    private static readonly RuleDescriptor Plain = new("B2B0001", "Plain", "'{0}' at '{1}'", "Test", Severity.Error);
    private static readonly RuleDescriptor Counts = new("B2B0106", "Counts", "'{0}' seen by record {1} (line {2})", "Test", Severity.Warning);
    private static readonly RuleDescriptor Bare = new("B2B0003", "Bare", "No arguments here", "Test", Severity.Note);
    private static readonly RuleDescriptor Other = new("B2B0200", "Other", "{0} and {1}", "Test", Severity.Warning);

    private static readonly Location EmailCell = new("batches/partners.csv", 12, 1, 12, 23, ColumnKeys.Email, 10);

    public static TheoryData<string> Shapes => [.. Cases().Keys];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_finding_reads_back_as_it_was_added(string shape)
    {
        var original = Cases()[shape];
        var table = new FindingTable();
        table.Add(original.Diagnostic, original.CellValue, original.Email, original.Fixes);

        var read = table.Read(0);

        read.Diagnostic.Descriptor.ShouldBeSameAs(original.Diagnostic.Descriptor);
        read.Diagnostic.Severity.ShouldBe(original.Diagnostic.Severity);
        read.Diagnostic.Location.ShouldBe(original.Diagnostic.Location);
        read.Diagnostic.Message.ShouldBe(original.Diagnostic.Message);
        read.Diagnostic.Arguments.ShouldBe(original.Diagnostic.Arguments);
        read.CellValue.ShouldBe(original.CellValue);
        read.Email.ShouldBe(original.Email);
        Describe(read.Fixes).ShouldBe(Describe(original.Fixes));
        table.CellValueAt(0).ShouldBe(original.CellValue);
        table.RuleAndColumnAt(0).ShouldBe((original.Diagnostic.Id, original.Diagnostic.Location.ColumnKey));
    }

    [Fact]
    public void Fingerprints_and_line_hashes_given_after_adding_are_read_with_the_finding()
    {
        var table = new FindingTable();
        foreach (var finding in Cases().Values)
        {
            table.Add(finding.Diagnostic, finding.CellValue, finding.Email, finding.Fixes);
        }

        for (var i = 0; i < table.Count; i++)
        {
            table.SetFingerprint(i, new HashKey((ulong)i + 1, 42));
            table.SetLineHash(i, i % 2 == 0 ? ((ulong)i * 1000, i + 1) : null);
        }

        for (var i = 0; i < table.Count; i++)
        {
            table.Read(i).Fingerprint.ShouldBe($"{i + 1:x16}{42:x16}");
            table.Read(i).LineHash.ShouldBe(i % 2 == 0 ? $"{(ulong)i * 1000:x}:{i + 1}" : null);
        }
    }

    [Fact]
    public void Many_findings_span_blocks_and_keep_their_order()
    {
        var table = new FindingTable();
        for (var i = 0; i < 10_000; i++)
        {
            var email = $"user{i}@contoso.com";
            table.Add(Diagnostic.Create(Plain, EmailCell with { StartLine = i + 2, EndLine = i + 2 }, email, new string('x', i % 300)), email, email, []);
        }

        table.Count.ShouldBe(10_000);
        table.ReadAll().Select(f => f.Email).ShouldBe(Enumerable.Range(0, 10_000).Select(i => $"user{i}@contoso.com"));
        table.Read(9_999).Diagnostic.Location.StartLine.ShouldBe(10_001);
        table.Read(777).Diagnostic.Message.ShouldBe($"'user777@contoso.com' at '{new string('x', 777 % 300)}'");
    }

    [Fact]
    public void Marks_are_added_over_the_same_records_and_to_earlier_marks()
    {
        var table = new FindingTable();
        foreach (var finding in Cases().Values)
        {
            table.Add(finding.Diagnostic, finding.CellValue, finding.Email, finding.Fixes);
        }

        var accepted = new AppliedSuppression("Two contracts (SEC-1234)", "identity team", Accepted: true);
        var suppressed = new BatchFindings(table).Mark(f => f.Diagnostic.Id == Plain.Id ? f with { Suppression = accepted } : f);
        var baselined = suppressed.Mark(f => f with { Baseline = f.Diagnostic.Severity == Severity.Error ? BaselineState.New : BaselineState.Unchanged });

        baselined.Count.ShouldBe(table.Count);
        foreach (var (i, marked) in baselined.Index())
        {
            var original = table.Read(i);
            marked.Suppression.ShouldBe(original.Diagnostic.Id == Plain.Id ? accepted : null);
            marked.Baseline.ShouldBe(original.Diagnostic.Severity == Severity.Error ? BaselineState.New : BaselineState.Unchanged);
            marked.Diagnostic.Message.ShouldBe(original.Diagnostic.Message);
            marked.Email.ShouldBe(original.Email);
            (original.Suppression, original.Baseline).ShouldBe((null, null), "the table marked from is left as it was");
        }

        suppressed.HoldsRecords.ShouldBeTrue("marks are added beside the records, which stay records");
        baselined.HoldsRecords.ShouldBeTrue();
    }

    [Fact]
    public void A_mark_that_changes_more_than_suppression_and_baseline_is_refused()
    {
        var table = new FindingTable();
        var (diagnostic, email) = (Diagnostic.Create(Plain, EmailCell, "a@b.c", "b.c"), "a@b.c");
        table.Add(diagnostic, email, email, []);

        Should.Throw<InvalidOperationException>(() => new BatchFindings(table).Mark(f => f with { Email = "other@b.c" }));
    }

    /// <summary>Fixes compared by content (a fix's edits are a list, which records compare by reference).</summary>
    private static string[] Describe(IReadOnlyList<InvitationFix> fixes) => [.. fixes.Select(f => $"{f.Title}: {string.Join("; ", f.Edits)}")];

    private static Dictionary<string, Finding> Cases()
    {
        const string email = "ann.bob@contoso.com";
        var fix = new InvitationFix("Trim the cell", [new ReplaceCell(EmailCell, email)]);
        var deletions = new InvitationFix("Delete the rows", [new DeleteRow(new Location("batches/partners.csv", 12, 1, 13, 9, null, 10)), new DeleteRow(EmailCell with { RecordNumber = null })]);
        return new()
        {
            ["email and domain, on the email cell"] = new(Diagnostic.Create(Plain, EmailCell, email, "contoso.com").WithSeverity(Severity.Warning), email, email),
            ["integer arguments"] = new(Diagnostic.Create(Counts, EmailCell, email, 30, -2_000_000_000), email, email),
            ["no arguments, whole row, no record number"] = new(Diagnostic.Create(Bare, new Location("batches/partners.csv", 1, 1, 1, 40)), null, null),
            ["another cell, null argument"] = new(Diagnostic.Create(Plain, EmailCell with { ColumnKey = ColumnKeys.RedirectUrl, StartColumn = 24 }, null, " http://x "), " http://x ", email),
            ["non-ASCII and a long cell"] = new(Diagnostic.Create(Plain, EmailCell, "zoë@exämple.de", new string('ü', 5000)), new string('ü', 5000), "zoë@exämple.de"),
            ["with a fix"] = new(Diagnostic.Create(Plain, EmailCell, " " + email, "contoso.com"), " " + email, email) { Fixes = [fix] },
            ["with two fixes, one deleting rows"] = new(Diagnostic.Create(Plain, EmailCell, email, "x"), email, email) { Fixes = [fix, deletions] },
            ["arguments the record cannot carry"] = new(Diagnostic.Create(Other, EmailCell, 3_000_000_000L, 1.5), email, email) { Fixes = [fix] },
            ["a lone surrogate"] = new(Diagnostic.Create(Plain, EmailCell, "bad\ud800", "x"), "bad\ud800", "bad\ud800"),
            ["a message formatted when made"] = new(Diagnostic.Create(Other, EmailCell, new List<int> { 1 }, "y"), email, email),
        };
    }
}
