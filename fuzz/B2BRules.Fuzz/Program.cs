using System.Text;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Plugins;
using SharpFuzz;

// Fuzz targets: "csv" reads arbitrary bytes as a batch and runs the engine's checks over it; "yaml" parses arbitrary
// text as a rules file. Documented failures (findings, ConfigurationException) are outcomes, not crashes: anything else
// escaping is a bug AFL++ reports. Usage: afl-fuzz -i corpus/csv -o findings -- dotnet B2BRules.Fuzz.dll csv
var target = args.Length > 0 ? args[0] : "csv";

// Instrumented code may only run inside Fuzzer.Run, once AFL's shared memory is mapped: set up lazily there.
RuleCatalog? catalog = null;
FileSettings? settings = null;
BatchRunner? runner = null;
RunContext? limits = null;

Fuzzer.OutOfProcess.Run(stream =>
{
    catalog ??= RuleCatalog.Create([], []);
    settings ??= new ConfigurationLoader().Load(null).ForFile(null);
    runner ??= new BatchRunner();
    limits ??= new RunContext(TimeSpan.FromSeconds(5), new RunQuarantine());
    if (target == "yaml")
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        try
        {
            RulesFileParser.Parse("fuzz.yaml", null, reader);
        }
        catch (ConfigurationException)
        {
            // a located configuration error is the documented outcome for bad YAML
        }

        return;
    }

    runner.Run(catalog, stream, "fuzz.csv", "fuzz.csv", settings, limits, CancellationToken.None);
});
