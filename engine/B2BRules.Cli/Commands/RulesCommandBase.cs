using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.PolicyTooling;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>Opens the rule set for the <c>rules</c> verbs (a bad rules file is exit code 2, from <see cref="UsageErrors"/>).</summary>
public abstract class RulesCommandBase<TSettings>(RuleInventory inventory) : Command<TSettings>
    where TSettings : RulesSettings
{
    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var rules = inventory.Open(settings.Rules, settings.Severities, tenantPath: settings.Tenant);
        foreach (var n in rules.Notifications)
        {
            Console.Error.WriteLine($"{n.Level.ToString().ToLowerInvariant()} {n.Descriptor.Id}: {n.Message}");
        }

        Run(rules, settings, Console.Out);
        return rules.Notifications.Any(n => n.IsToolFailure) ? ExitCodes.ToolFailure : ExitCodes.Success;
    }

    protected abstract void Run(RuleSet rules, TSettings settings, TextWriter output);
}

/// <summary><c>b2brules rules list</c>: every rule with its origin and effective severity.</summary>
public sealed class RulesListCommand(RuleInventory inventory) : RulesCommandBase<RulesSettings>(inventory)
{
    protected override void Run(RuleSet rules, RulesSettings settings, TextWriter output) =>
        Engine.Reporting.RulesTextWriter.WriteList(rules.List(settings.ForFile), output, rules.Configuration.Tenant);
}

/// <summary><c>b2brules rules explain ID</c>: description, options and the chain of places that set the severity.</summary>
public sealed class RulesExplainCommand(RuleInventory inventory) : RulesCommandBase<RulesExplainSettings>(inventory)
{
    protected override void Run(RuleSet rules, RulesExplainSettings settings, TextWriter output) =>
        Engine.Reporting.RulesTextWriter.WriteExplanation(rules.Explain(settings.Id, settings.ForFile), output, rules.Configuration.Tenant);
}
