using B2BRules.Cli;
using B2BRules.Cli.Commands;
using B2BRules.Engine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

var services = new ServiceCollection().AddB2BRules();
var app = new CommandApp(new TypeRegistrar(services));
app.Configure(config =>
{
    config.SetApplicationName("b2brules");
    config.Settings.StrictParsing = true;
    config.AddCommand<CheckCommand>("check")
        .WithDescription(CheckCommand.Description)
        .WithExample("check", "batches/partners.csv", "--rules", "rules.yaml", "--format", "sarif", "--output", "out.sarif");
});
return await ExitCodeGuard.RunAsync(() => app.RunAsync(args));
