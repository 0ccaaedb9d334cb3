using System.Globalization;
using System.Text;
using B2BRules.Bench;

// Deterministic batch generator: (rows, seed) → an Entra bulk-invite file with a realistic mix of problems.
// Usage: generator ROWS SEED OUTPUT.csv
if (args.Length != 3 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var rows) || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: generator ROWS SEED OUTPUT.csv");
    return 2;
}

using var output = new StreamWriter(args[2], false, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
BatchGenerator.Write(output, rows, seed);
return 0;
