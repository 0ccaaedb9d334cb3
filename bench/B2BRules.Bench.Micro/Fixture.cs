using System.Text;
using B2BRules.Engine;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace B2BRules.Bench;

/// <summary>What every benchmark shares: a generated batch on disk, the engine, and the rules of bench/rules.yaml.</summary>
internal sealed class Fixture
{
    public const int Rows = 20_000;

    private static readonly Lazy<Fixture> Shared = new(() => new Fixture());

    private Fixture()
    {
        Folder = Directory.CreateTempSubdirectory("b2brules-bench-").FullName;
        BatchPath = Path.Combine(Folder, "batch.csv");
        using (var output = new StreamWriter(BatchPath, false, new UTF8Encoding(false)) { NewLine = "\r\n" })
        {
            BatchGenerator.Write(output, Rows, seed: 42);
        }

        Batch = File.ReadAllBytes(BatchPath);
        Services = new ServiceCollection().AddB2BRules(Path.Combine(AppContext.BaseDirectory, "plugins")).BuildServiceProvider();
        var configuration = Services.GetRequiredService<ConfigurationLoader>().Load(Path.Combine(AppContext.BaseDirectory, "rules.yaml"));
        var notifications = new List<ToolNotification>();
        Catalog = Services.GetRequiredService<RuleLoader>().Load(configuration, Folder, notifications);
        if (notifications.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, notifications.Select(n => n.Message)));
        }

        Settings = configuration.ForFile(BatchPath);
        Runner = Services.GetRequiredService<BatchRunner>();
    }

    public static Fixture Instance => Shared.Value;

    public string Folder { get; }

    public string BatchPath { get; }

    public byte[] Batch { get; }

    public ServiceProvider Services { get; }

    public RuleCatalog Catalog { get; }

    public FileSettings Settings { get; }

    public BatchRunner Runner { get; }

    /// <summary>The catalog with only the rules declaring <paramref name="ruleIds"/> (none: the reader alone).</summary>
    public RuleCatalog Only(params string[] ruleIds) =>
        new(Catalog.Components, [.. Catalog.Rules.Where(r => ruleIds.Any(r.SupportedIds.Contains))]);

    public BatchResult Run(RuleCatalog catalog) =>
        Runner.Run(catalog, new MemoryStream(Batch, writable: false), BatchPath, "batch.csv", Settings, CancellationToken.None);
}
