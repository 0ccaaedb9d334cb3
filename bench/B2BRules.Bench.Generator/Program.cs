using System.Globalization;
using System.Text;
using B2BRules.Bench;

// Deterministic generator for the benchmarks:
//   generator ROWS SEED OUTPUT.csv         an Entra bulk-invite file with a realistic mix of problems
//   generator users USERS SEED OUTPUT.csv  a directory's users download, for a tenant snapshot (tenant import)
var users = args is ["users", ..];
var rest = users ? args[1..] : args;
if (rest.Length != 3 || !int.TryParse(rest[0], CultureInfo.InvariantCulture, out var count) || !int.TryParse(rest[1], CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: generator ROWS SEED OUTPUT.csv | generator users USERS SEED OUTPUT.csv");
    return 2;
}

using var output = new StreamWriter(rest[2], false, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
if (users)
{
    UsersGenerator.Write(output, count, seed);
}
else
{
    BatchGenerator.Write(output, count, seed);
}

return 0;
