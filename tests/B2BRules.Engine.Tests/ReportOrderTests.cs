using B2BRules.Engine.Findings;
using B2BRules.Sdk;

namespace B2BRules.Engine.Tests;

/// <summary>The runner's sort gives exactly the stable order by place, rule and message, however the findings arrive.</summary>
public sealed class ReportOrderTests
{
    private static readonly RuleDescriptor[] Rules =
    [
        new("B2B0002", "Two", "two {0}", "Test", Severity.Error),
        new("B2B0001", "One", "one {0}", "Test", Severity.Warning),
    ];

    /// <summary>A finding tagged with its arrival index (in Email, which the order ignores) to check stability.</summary>
    private static Finding At(int tag, int line, int column, int rule, string argument) =>
        new(Diagnostic.Create(Rules[rule], new Location("batch.csv", line, column, line, column + 1), argument), null, $"#{tag}");

    private static string[] Reference(IEnumerable<Finding> findings) => [.. findings.OrderBy(f => f, ReportOrder.Comparer).Select(f => f.Email!)];

    /// <summary>The order the runner gives: the findings in a batch's table, sorted in place.</summary>
    private static string[] SortedTable(IEnumerable<Finding> findings)
    {
        var table = new FindingTable();
        foreach (var finding in findings)
        {
            table.Add(finding.Diagnostic, finding.CellValue, finding.Email, finding.Fixes);
        }

        ReportOrder.Sort(table);
        return [.. table.ReadAll().Select(f => f.Email!)];
    }

    [Fact]
    public void Findings_arriving_row_by_row_with_late_ones_are_put_in_report_order_stably()
    {
        var random = new Random(7);
        var findings = new List<Finding>();
        for (var line = 2; line < 3000; line++)
        {
            // Within a row the rules report in their own order, not by column; some report twice with equal keys.
            for (var k = random.Next(4); k > 0; k--)
            {
                findings.Add(At(findings.Count, line, random.Next(1, 4), random.Next(2), random.Next(3) == 0 ? "same" : $"v{random.Next(5)}"));
            }

            if (line % 997 == 0)
            {
                findings.Add(At(findings.Count, random.Next(2, line), 1, 0, "about an earlier row, reported late"));
            }
        }

        findings.Add(At(findings.Count, 1, 1, 1, "about the header, reported at the end"));

        SortedTable(findings).ShouldBe(Reference(findings));
    }

    [Fact]
    public void Findings_far_out_of_order_fall_back_to_the_full_sort_with_the_same_result()
    {
        var findings = Enumerable.Range(0, 5000).Select(i => At(i, 6000 - i, 1 + (i % 3), i % 2, i % 4 == 0 ? "same" : $"v{i % 7}")).ToList();
        findings.AddRange(Enumerable.Range(5000, 50).Select(i => At(i, 100, 1, 0, "same")));

        SortedTable(findings).ShouldBe(Reference(findings));
    }

    [Fact]
    public void No_findings_and_one_finding()
    {
        SortedTable([]).ShouldBeEmpty();
        SortedTable([At(0, 5, 1, 0, "x")]).ShouldBe(["#0"]);
    }
}
