using System.Collections.Immutable;
using B2BRules.Adapters.EntraCsv;
using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;
using B2BRules.Testing;
using CsCheck;

namespace B2BRules.Plugins.Tests;

/// <summary>Property: whatever the cells hold (commas, quotes, line breaks, non-ASCII), a part written by entra-csv reads back to the same rows.</summary>
public sealed class EntraCsvRoundTripTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char["abcXYZ019 ,\"'\r\n\tüß日本;=+-@"].Array[0, 40].Select(c => new string(c)),
        Gen.String);

    private static readonly Gen<(string Email, string Url, string Send, string Message)> Row =
        Gen.Select(Gen.Char['a', 'z'].Array[1, 12], Gen.Bool, Text, (local, send, message) =>
            ($"{new string(local)}@fabrikam.com", "https://myapps.microsoft.com/?a=1,2", send ? "true" : "false", message.Trim()));

    [Fact]
    public void Written_parts_read_back_to_the_same_rows() =>
        Row.Array[1, 30].Sample(rows =>
        {
            var dir = Directory.CreateTempSubdirectory("b2brules-roundtrip-").FullName;
            var planned = rows.Select((r, i) => new PlannedRow(i + 1, i + 3, new Dictionary<string, string>
            {
                [ColumnKeys.Email] = r.Email, [ColumnKeys.RedirectUrl] = r.Url, [ColumnKeys.SendEmail] = r.Send, [ColumnKeys.Message] = r.Message,
            }, RowDecision.Send, [])).ToList();
            var context = new AdapterContext(Path.Combine(dir, "batch.csv"), BatchFormat.EntraBulkInviteV1, Policy.Default, planned, [], [], null, dir,
                new Dictionary<string, string>(), TextWriter.Null);
            new EntraCsvAdapter().ExecuteAsync(context, CancellationToken.None).GetAwaiter().GetResult();

            var read = new List<(string, string, string, string)>();
            RuleVerifier.Run(File.ReadAllText(Path.Combine(dir, "batch.part-001.csv")), [new Collect(read)]);
            read.ShouldBe(rows.Select(r => (r.Email, r.Url, r.Send, r.Message)).ToList());
        }, iter: 300);

    private sealed class Collect(List<(string, string, string, string)> rows) : InvitationRule
    {
        private static readonly RuleDescriptor Rule = new("TEST0002", "Collects rows", "x", "Test", Severity.Note);

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
            rows.Add((row.Row.Email, row.Row.RedirectUrl ?? string.Empty, row.Row[ColumnKeys.SendEmail] ?? string.Empty, row.Row.Message ?? string.Empty)));
    }
}
