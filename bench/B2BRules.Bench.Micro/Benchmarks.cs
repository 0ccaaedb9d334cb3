using B2BRules.Engine.Checking;
using B2BRules.Engine.Input;
using B2BRules.Engine.Plugins;
using B2BRules.Engine.Reporting;
using B2BRules.Engine.Sarif;
using BenchmarkDotNet.Attributes;

namespace B2BRules.Bench;

/// <summary>Reading: CsvHelper's UTF-8 reader plus the engine's cell places, without any rule.</summary>
public class ReadingBenchmarks
{
    [Benchmark(Description = "read 20,000 rows")]
    public int ReadRows()
    {
        var fixture = Fixture.Instance;
        using var reader = new CsvBatchReader(new MemoryStream(fixture.Batch, writable: false), "batch.csv", static _ => { });
        reader.ReadHeader(fixture.Settings.Policy);
        var count = 0;
        foreach (var row in reader.ReadRows())
        {
            count += row.CellCount;
        }

        return count;
    }
}

/// <summary>The runner over 20,000 rows: no rules (reader, watchdog, ordering) against every rule of bench/rules.yaml.</summary>
public class RunnerBenchmarks
{
    private RuleCatalog _none = null!;

    [GlobalSetup]
    public void Setup() => _none = Fixture.Instance.Only();

    [Benchmark(Baseline = true, Description = "runner, no rules")]
    public int NoRules() => Fixture.Instance.Run(_none).Findings.Count;

    [Benchmark(Description = "runner, all rules")]
    public int AllRules() => Fixture.Instance.Run(Fixture.Instance.Catalog).Findings.Count;
}

/// <summary>Each built-in rule alone over 20,000 rows (subtract "runner, no rules" for the rule's own cost).</summary>
public class RuleBenchmarks
{
    private RuleCatalog _catalog = null!;

    public static IEnumerable<string> RuleIds => Fixture.Instance.Catalog.Rules.SelectMany(r => r.SupportedIds).Where(id => id.StartsWith("B2B0", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _catalog = Fixture.Instance.Only(Rule);

    [Benchmark(Description = "one rule")]
    public int OneRule() => Fixture.Instance.Run(_catalog).Findings.Count;
}

/// <summary>The SARIF writer: the log of a 20,000-row batch (about 7,000 results, snippets and line hashes).</summary>
public class SarifBenchmarks
{
    private CheckReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fixture = Fixture.Instance;
        _report = new CheckReport(fixture.Catalog, [fixture.Run(fixture.Catalog)], [], "rules.yaml", fixture.Folder) { RunSettings = fixture.Settings };
    }

    [Benchmark(Description = "write SARIF")]
    public long Write()
    {
        using var output = new CountingStream();
        new SarifReportWriter().Write(_report, output, ReportOptions.Default);
        return output.Length;
    }

    /// <summary>Counts what is written and keeps nothing, so the benchmark measures the writer, not the disk.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
