using System.Text;
using B2BRules.Engine;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Reporting;
using B2BRules.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B2BRules.Cli.Tests;

/// <summary>The HTML report's content (tests/browser checks it rendered in Chromium).</summary>
public sealed class HtmlReportTests
{
    private static string Html(string csv, ReportOptions? options = null)
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "batch.csv"), csv);
        using var services = new ServiceCollection().AddB2BRules()
            .AddSingleton<TimeProvider>(new ScenarioRunner.FixedTimeProvider(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero)))
            .BuildServiceProvider();
        var report = services.GetRequiredService<CheckService>().Run(new CheckRequest([Path.Combine(dir, "batch.csv")], SourceRoot: dir));
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(report, stream, options ?? ReportOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Findings_show_their_row_with_the_offending_cell_marked_and_cell_text_is_escaped()
    {
        var html = Html("Email,DisplayName\nwalter@gmail.com,<script>alert(1)</script>\n");
        html.ShouldContain("<tr class=\"finding\" data-rule=\"B2B0001\" data-level=\"error\">");
        html.ShouldContain("<span class=\"cell hit\" title=\"email\">walter@gmail.com</span>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert(1)");
        html.ShouldContain("<a href=\"https://");
        html.ShouldContain("default-src 'none'");
    }

    [Fact]
    public void Redaction_hashes_addresses_in_messages_and_cells() =>
        Html("Email,DisplayName\nwalter@gmail.com,Walter\n", ReportOptions.Default with { Redact = true }).ShouldNotContain("walter@gmail.com");

    [Fact]
    public void Without_snippets_no_cell_is_shown() =>
        Html("Email,DisplayName\nwalter@gmail.com,Walter\n", ReportOptions.Default with { Snippets = false }).ShouldNotContain("class=\"cell");

    [Fact]
    public void A_huge_run_lists_a_bounded_number_of_findings_and_says_how_many_are_left_out()
    {
        var csv = new StringBuilder("Email,DisplayName\n");
        for (var i = 0; i < HtmlReportWriter.MaxListedFindings + 50; i++)
        {
            csv.Append("user").Append(i).Append("@gmail.com,User\n");
        }

        var html = Html(csv.ToString());
        html.Split("<tr class=\"finding\"").Length.ShouldBe(HtmlReportWriter.MaxListedFindings + 1);
        html.ShouldContain("id=\"omitted\">");
        html.ShouldContain("more findings are not listed here");
    }
}
