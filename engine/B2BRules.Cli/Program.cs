using B2BRules.Cli;
using B2BRules.Cli.Commands;
using B2BRules.Engine;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

// `--version` needs nothing but the version: Spectre's command model alone doubled its time (docs/performance.md).
if (args is ["--version" or "-v"])
{
    Console.WriteLine(ToolVersion.Current);
    return 0;
}

// Verbs that run rules load the built-in plugins; start now, in the background, while the command line and the rules
// files are parsed (docs/performance.md).
var builtInPlugins = new BuiltInPlugins();
if (args is ["check" or "apply" or "fix" or "test" or "baseline" or "rules", ..])
{
    builtInPlugins.StartLoading();
}

var services = new ServiceCollection().AddB2BRules(builtInPlugins).AddSingleton<B2BRules.Graph.TenantPullService>();

// A plain `check` command line skips building Spectre's command model, the largest piece of cold code before the check
// starts (docs/performance.md). Help, errors and every other verb go through Spectre below.
if (CheckCommandLine.TryParse(args) is { } check)
{
    return await ExitCodeGuard.RunAsync(() =>
    {
        using var provider = services.AddSingleton<CheckCommand>().BuildServiceProvider();
        try
        {
            return Task.FromResult(provider.GetRequiredService<CheckCommand>().Run(check, CancellationToken.None));
        }
        catch (Exception e)
        {
            return Task.FromResult(UsageErrors.Handle(e, Console.Error));
        }
    });
}
var app = new CommandApp(new TypeRegistrar(services));
app.Configure(config =>
{
    config.SetApplicationName("b2brules");
    config.SetApplicationVersion(ToolVersion.Current); // b2brules --version
    config.Settings.StrictParsing = true;
    config.SetExceptionHandler((exception, _) => UsageErrors.Handle(exception, Console.Error));
    config.AddCommand<CheckCommand>("check")
        .WithDescription(CheckCommand.Description)
        .WithExample("check", "batches/partners.csv", "--rules", "rules.yaml", "--format", "sarif", "--output", "out.sarif")
        .WithExample("check", "batches/", "--output", "sarif=out.sarif", "--output", "html=report.html", "--quiet")
        .WithExample("check", "batches/", "--baseline", "b2brules.baseline.sarif", "--fail-on-new", "--format", "github");
    config.AddCommand<ApplyCommand>("apply")
        .WithDescription(ApplyCommand.Description)
        .WithExample("apply", "--adapter", "entra-csv", "batches/partners.csv", "--dry-run");
    config.AddCommand<FixCommand>("fix")
        .WithDescription("Apply the certain fixes and write <batch>.fixed.csv (or fix in place with --in-place, keeping a backup).")
        .WithExample("fix", "batches/partners.csv");
    config.AddCommand<InitCommand>("init")
        .WithDescription("Write a commented starter rules.yaml for a profile, and its JSON Schema beside it.")
        .WithExample("init", "--profile", "entra");
    config.AddCommand<TestCommand>("test")
        .WithDescription("Run policy fixtures (input.csv + rules.yaml + expected.txt per folder); exit 1 when one fails.")
        .WithExample("test", "policy-tests/");
    config.AddBranch("baseline", baseline =>
    {
        baseline.SetDescription("Adopt b2brules on existing batches: record today's findings, then gate on new ones only.");
        baseline.AddCommand<BaselineCreateCommand>("create")
            .WithDescription("Check the batches and write every finding to a baseline SARIF log.")
            .WithExample("baseline", "create", "batches/", "--output", "b2brules.baseline.sarif");
        baseline.AddCommand<BaselinePruneCommand>("prune")
            .WithDescription("Drop baseline entries that no longer occur (new findings are not added).")
            .WithExample("baseline", "prune", "batches/", "--baseline", "b2brules.baseline.sarif");
    });
    config.AddBranch("tenant", tenant =>
    {
        tenant.SetDescription("Make and describe a tenant snapshot: the directory rules judge batches against it, offline (docs/tenant.md).");
        tenant.AddCommand<TenantPullCommand>("pull")
            .WithDescription("Read the tenant's users, domains and invitation settings from Microsoft Graph into a snapshot (read-only permissions).")
            .WithExample("tenant", "pull", "--for", "batches/", "--output", "tenant.snapshot.json");
        tenant.AddCommand<TenantImportCommand>("import")
            .WithDescription("Build a snapshot from the admin center's Download users CSV and stated settings, without an app registration.")
            .WithExample("tenant", "import", "--users", "exportUsers.csv", "--tenant-id", "11111111-2222-3333-4444-555555555555", "--domain", "contoso.com");
        tenant.AddCommand<TenantShowCommand>("show")
            .WithDescription("Describe a snapshot: tenant, when taken, counts, settings and unknown facts; never an address.")
            .WithExample("tenant", "show", "tenant.snapshot.json");
    });
    config.AddBranch("rules", rules =>
    {
        rules.SetDescription("List the rules in force, explain where one rule's severity comes from, or diff what a rules change does to batches.");
        rules.AddCommand<RulesListCommand>("list").WithDescription("Every rule: ID, effective severity, title and origin (engine, plugin or rules file).")
            .WithExample("rules", "list", "--rules", "rules.yaml");
        rules.AddCommand<RulesExplainCommand>("explain")
            .WithDescription("One rule: description, options, and the chain of places that set its severity.")
            .WithExample("rules", "explain", "B2B0001", "--for", "batches/legacy/old.csv");
        rules.AddCommand<RulesDiffCommand>("diff").WithDescription(RulesDiffCommand.Description)
            .WithExample("rules", "diff", "--base", "origin/main:rules.yaml", "batches/", "--format", "markdown", "--redact");
    });
});
return await ExitCodeGuard.RunAsync(() => app.RunAsync(args));
