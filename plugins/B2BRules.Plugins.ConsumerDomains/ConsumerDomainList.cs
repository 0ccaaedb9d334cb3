using System.Collections.Frozen;
using B2BRules.BuiltIn;

namespace B2BRules.Plugins.ConsumerDomains;

/// <summary>
/// The shipped consumer domains: freemail's list as published (data/consumer-domains.txt) with the reviewed overlay
/// (data/consumer-domains.overlay.txt) applied. freemail has not changed since 2020, so it misses current providers
/// (proton.me) and lists some ISPs' corporate domains beside their subscribers' (comcast.com beside comcast.net).
/// </summary>
internal static class ConsumerDomainList
{
    public const string ListResource = "consumer-domains.txt";
    public const string OverlayResource = "consumer-domains.overlay.txt";

    public static FrozenSet<string> Load()
    {
        var domains = new HashSet<string>(EmbeddedList.Load(ListResource), StringComparer.Ordinal);
        foreach (var change in ReadOverlay(EmbeddedList.Lines(OverlayResource)))
        {
            if (change.Add)
            {
                domains.Add(change.Domain);
            }
            else
            {
                domains.Remove(change.Domain);
            }
        }

        return domains.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>One overlay entry: add or remove a domain, and why.</summary>
    public readonly record struct Change(bool Add, string Domain, string Reason);

    /// <summary>Reads '+domain # reason' and '-domain # reason' lines; blank lines and whole-line comments are skipped.</summary>
    public static IEnumerable<Change> ReadOverlay(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? string.Empty : line[(hash + 1)..].Trim();
            if (entry.Length < 2 || entry[0] is not ('+' or '-') || reason.Length == 0)
            {
                throw new FormatException($"{OverlayResource} line {number}: expected '+domain # reason' or '-domain # reason', not '{line}'.");
            }

            yield return new Change(entry[0] == '+', entry[1..].Trim().ToLowerInvariant(), reason);
        }
    }
}
