using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Micro-benchmarks of the hot path (docs/performance.md):
//   dotnet run -c Release --project bench/B2BRules.Bench.Micro -- --filter '*'
//   dotnet run -c Release --project bench/B2BRules.Bench.Micro -- --allocations   (what the runner allocates, by type)
// In-process, so that the built-in plugins beside this program load as they do beside the CLI.
if (args is ["--allocations"])
{
    B2BRules.Bench.AllocationProfile.Run();
    return;
}

// Min and median beside the mean: on a shared machine, other tenants only ever add time, so the minimum of a change
// against the minimum before it is the comparison least disturbed by them.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
    .AddColumn(StatisticColumn.Min, StatisticColumn.Median)
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
