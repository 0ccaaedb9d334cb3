using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace B2BRules.Engine.Execution;

/// <summary>
/// <c>fingerprints["b2brules/v1"]</c>: a hash of rule ID, column and normalised cell value (empty for findings about a
/// row or the batch, whose messages may carry counts), plus how many identical keys came before in the file. It does
/// not move when rows are re-sorted or inserted above, which GitHub's line hash does.
/// </summary>
internal static class Fingerprints
{
    public const string Key = "b2brules/v1";

    /// <summary>Assigns fingerprints to a batch's findings, in their final order.</summary>
    public static IReadOnlyList<Finding> Assign(IEnumerable<Finding> ordered)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Finding>();
        foreach (var finding in ordered)
        {
            var d = finding.Diagnostic;
            var value = (finding.CellValue ?? string.Empty).Trim().ToLowerInvariant();
            var key = $"{d.Id}|{d.Location.ColumnKey}|{value}";
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            result.Add(finding with { Fingerprint = Hash(key + "|" + n.ToString(CultureInfo.InvariantCulture)) });
        }

        return result;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
