using System.Runtime.CompilerServices;

// The engine reads which options a rule asked for, to flag misspelt option names in rules.yaml.
[assembly: InternalsVisibleTo("B2BRules.Engine")]
