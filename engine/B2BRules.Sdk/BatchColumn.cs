namespace B2BRules.Sdk;

/// <summary>One column of a batch's header.</summary>
/// <param name="Key">The column key: canonical when known, else the Entra bracket name, else the trimmed header.</param>
/// <param name="Header">The header cell exactly as written.</param>
/// <param name="Index">Zero-based position in the record.</param>
/// <param name="Aliases">Other names that reach this column (bracket name, legacy header).</param>
public sealed record BatchColumn(string Key, string Header, int Index, IReadOnlyList<string> Aliases);
