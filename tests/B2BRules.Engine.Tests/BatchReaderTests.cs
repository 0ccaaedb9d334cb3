using B2BRules.Sdk;
using B2BRules.Testing;

namespace B2BRules.Engine.Tests;

public sealed class BatchReaderTests
{
    private static readonly string Samples = Path.Combine(RepositoryRoot(), "samples");

    [Theory]
    [InlineData("preview-2015.csv", BatchFormat.Preview2015)]
    [InlineData("preview-2016.csv", BatchFormat.Preview2016)]
    [InlineData("translated-ja.csv", BatchFormat.EntraBulkInviteV1)]
    [InlineData("partners-entra.csv", BatchFormat.EntraBulkInviteV1)]
    public void Real_batches_are_read_without_structural_findings(string file, BatchFormat format)
    {
        var result = RuleVerifier.Run(File.ReadAllText(Path.Combine(Samples, file)), []);
        result.Format.ShouldBe(format);
        result.RowCount.ShouldBeGreaterThan(0);
        result.Diagnostics.Where(d => d.Id is "B2B0100" or "B2B0101" or "B2B0102" or "B2B0103" or "B2B0104" or "B2B0111").ShouldBeEmpty();
    }

    [Fact]
    public void Cells_keep_their_physical_lines_and_columns_across_quoted_line_breaks()
    {
        var csv = "Email,DisplayName,InvitationText\nann@fabrikam.com,Ann,\"Hello, Ann\nwelcome\"\nbob@fabrikam.com,Bob,hi\n";
        var rows = new List<InvitationRow>();
        var rule = new CollectingRule(rows);
        RuleVerifier.Run(csv, [rule]);
        rows.Count.ShouldBe(2);
        rows[0].LocationOf("message").ShouldBe(new Location("batch.csv", 2, 22, 3, 9, "message", 1));
        rows[1].LineNumber.ShouldBe(4);
        rows[1].RecordNumber.ShouldBe(2);
        rows[1].LocationOf("InvitationText").StartColumn.ShouldBe(22);
        rows[1]["DISPLAYNAME"].ShouldBe("Bob");
    }

    [Fact]
    public void Entra_columns_are_keyed_by_bracket_name()
    {
        var rows = new List<InvitationRow>();
        RuleVerifier.Run(File.ReadAllText(Path.Combine(Samples, "translated-ja.csv")), [new CollectingRule(rows)]);
        rows.Single().Email.ShouldBe("yuki.tanaka@fabrikam.co.jp");
        rows.Single()["inviteRedirectURL"].ShouldBe("https://myapplications.microsoft.com");
        rows.Single().SendEmail.ShouldBe(true);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "B2BRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (B2BRules.sln) is not above the test assembly.");
    }

    private sealed class CollectingRule(List<InvitationRow> rows) : InvitationRule
    {
        private static readonly RuleDescriptor Rule = new("TEST0001", "Collects rows", "x", "Test", Severity.Note);

        public override System.Collections.Immutable.ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(RuleContext context) => context.RegisterRowAction(row => rows.Add(row.Row));
    }
}
