using System.Text;
using B2BRules.Engine;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Reporting;
using B2BRules.Engine.Sarif;
using B2BRules.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B2BRules.Cli.Tests;

/// <summary>Batches are checked in parallel; reports must not depend on it.</summary>
public sealed class ParallelCheckTests
{
    [Fact]
    public void Many_batches_checked_in_parallel_give_the_report_of_a_one_by_one_run()
    {
        var dir = Repository.TempDirectory();
        for (var i = 0; i < 12; i++)
        {
            // Batches of different sizes, so that they finish out of input order.
            var rows = new StringBuilder("Email,DisplayName\n");
            for (var r = 0; r < (12 - i) * 150; r++)
            {
                rows.Append(r % 7 == 0 ? $"user{r}@gmail.com" : r % 11 == 0 ? $" info@fabrikam{i}.com" : $"user{r}@fabrikam{i}.com").Append(",User ").Append(r).Append('\n');
            }

            File.WriteAllText(Path.Combine(dir, $"batch-{i:00}.csv"), rows.ToString());
        }

        var oneByOne = Sarif(Check(dir, maxParallelism: 1));
        var parallel = Check(dir, maxParallelism: 4);
        parallel.Batches.Select(b => b.FilePath).ShouldBe([.. Enumerable.Range(0, 12).Select(i => $"batch-{i:00}.csv")]);
        parallel.AllFindings.Count().ShouldBeGreaterThan(1000);
        Sarif(parallel).ShouldBe(oneByOne);
    }

    private static CheckReport Check(string dir, int maxParallelism)
    {
        using var services = new ServiceCollection().AddB2BRules()
            .AddSingleton<TimeProvider>(new ScenarioRunner.FixedTimeProvider(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero)))
            .BuildServiceProvider();
        return services.GetRequiredService<CheckService>().Run(new CheckRequest([dir], SourceRoot: dir, MaxParallelism: maxParallelism));
    }

    private static string Sarif(CheckReport report)
    {
        using var stream = new MemoryStream();
        new SarifReportWriter().Write(report, stream, ReportOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
