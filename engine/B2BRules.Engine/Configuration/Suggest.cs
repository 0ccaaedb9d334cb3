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
        var names = scored.Where(c => c.Distance == best).Select(c => c.Word).Distinct().Order(StringComparer.Ordinal).ToList();
        return $" (did you mean {string.Join(" or ", names)}?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
