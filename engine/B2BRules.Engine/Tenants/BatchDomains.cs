using B2BRules.Engine.Input;
using B2BRules.Sdk;

namespace B2BRules.Engine.Tenants;

/// <summary>The invitee domains of some batches (<c>tenant pull --for</c>): the domains whose partner tenants a snapshot resolves.</summary>
public static class BatchDomains
{
    /// <summary>Every domain of a readable invitee address in the batches the inputs name (files, directories, globs), lower-case, sorted.</summary>
    public static IReadOnlyList<string> Read(IReadOnlyList<string> inputs, string? sourceRoot = null)
    {
        var root = InputResolver.ResolveSourceRoot(sourceRoot);
        var domains = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in InputResolver.ResolveInputs(inputs, root))
        {
            using var reader = CsvBatchReader.Open(file, InputResolver.DisplayPath(file, root), static _ => { });
            if (reader.ReadHeader(Policy.Default) is null)
            {
                continue; // not a batch; check says why
            }

            foreach (var row in reader.ReadRows())
            {
                if (EmailAddress.DomainOf(row.Email) is { } domain)
                {
                    domains.Add(domain.Trim().ToLowerInvariant());
                }
            }
        }

        return [.. domains];
    }
}
