namespace B2BRules.Engine.Configuration;

/// <summary>"Did you mean" suggestions for misspelt keys, functions and rule IDs.</summary>
internal static class Suggest
{
    /// <summary>" (did you mean X or Y?)" naming every candidate within two edits, nearest first; empty when none is near.</summary>
    public static string Nearest(string word, IEnumerable<string> candidates)
    {
        var scored = candidates.Select(c => (Word: c, Distance: Distance(word.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, word.Length / 3)))
            .ToList();
        if (scored.Count == 0)
        {
            return string.Empty;
        }

        var best = scored.Min(c => c.Distance);
        // At most three, in order: a longer list (B2B001 is one edit from six rule IDs) helps less than it reads.
        var names = scored.Where(c => c.Distance == best).Select(c => c.Word).Distinct().Order(StringComparer.Ordinal).Take(3).ToList();
        return names.Count == 1 ? $" (did you mean {names[0]}?)" : $" (did you mean {string.Join(", ", names[..^1])} or {names[^1]}?)";
    }

    /// <summary>Edit distance counting a swap of two neighbours as one edit (optimal string alignment), as typos go.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
