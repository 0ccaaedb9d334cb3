using B2BRules.Engine.Baselines;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Plugins;
using B2BRules.Engine.PolicyTooling;
using B2BRules.Engine.Reporting;
using B2BRules.Engine.Sarif;
using Microsoft.Extensions.DependencyInjection;

namespace B2BRules.Engine;

/// <summary>The one composition entry point of the engine.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers configuration loading, plugin hosting, the batch runner, the check, rules and test services, and the report writers.</summary>
    /// <param name="services">The container.</param>
    /// <param name="builtInPluginDirectory">Where built-in plugins are; null means <c>plugins/</c> beside the host.</param>
    /// <returns>The container.</returns>
    public static IServiceCollection AddB2BRules(this IServiceCollection services, string? builtInPluginDirectory = null) =>
        services.AddB2BRules(new BuiltInPlugins(builtInPluginDirectory));

    /// <summary>As <see cref="AddB2BRules(IServiceCollection, string?)"/>, with built-in plugins the host may already be loading.</summary>
    /// <param name="services">The container.</param>
    /// <param name="builtInPlugins">The built-in plugins.</param>
    /// <returns>The container.</returns>
    public static IServiceCollection AddB2BRules(this IServiceCollection services, BuiltInPlugins builtInPlugins)
    {
        services.AddSingleton(builtInPlugins);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConfigurationLoader>();
        services.AddSingleton<PluginHost>();
        services.AddSingleton<BatchRunner>();
        services.AddSingleton<RuleLoader>();
        services.AddSingleton<CheckService>();
        services.AddSingleton<RuleInventory>();
        services.AddSingleton<RulesDiffService>();
        services.AddSingleton<PolicyFixtures>();
        services.AddSingleton<Adapters.ApplyService>();
        services.AddSingleton<Fixes.FixService>();
        services.AddSingleton<SarifReportWriter>();
        services.AddSingleton<BaselineService>();
        services.AddSingleton<IReportWriter, TextReportWriter>();
        services.AddSingleton<IReportWriter>(sp => sp.GetRequiredService<SarifReportWriter>());
        services.AddSingleton<IReportWriter, GitHubReportWriter>();
        services.AddSingleton<IReportWriter, JsonReportWriter>();
        services.AddSingleton<IReportWriter, JUnitReportWriter>();
        services.AddSingleton<IReportWriter, HtmlReportWriter>();
        return services;
    }
}
