namespace B2BRules.Sdk;

/// <summary>
/// Where a cell's raw text (quotes included) sits in the file: 1-based lines and UTF-16 columns, end column exclusive.
/// </summary>
/// <param name="StartLine">First physical line.</param>
/// <param name="StartColumn">First column.</param>
/// <param name="EndLine">Last physical line (differs from the start when a quoted cell holds line breaks).</param>
/// <param name="EndColumn">Column after the last character.</param>
public readonly record struct CellSpan(int StartLine, int StartColumn, int EndLine, int EndColumn);
