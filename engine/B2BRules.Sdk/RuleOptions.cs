using System.Globalization;

namespace B2BRules.Sdk;

/// <summary>
/// A rule's <c>options:</c> from rules.yaml, read through typed getters. A value of the wrong type throws
/// <see cref="RuleOptionException"/> naming the place it was written.
/// </summary>
public sealed class RuleOptions
{
    private readonly IReadOnlyDictionary<string, OptionValue> _values;
    private readonly HashSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates options from values keyed case-insensitively.</summary>
    /// <param name="values">The values.</param>
    public RuleOptions(IReadOnlyDictionary<string, OptionValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, OptionValue>(values, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No options.</summary>
    public static RuleOptions Empty { get; } = new(new Dictionary<string, OptionValue>());

    /// <summary>The option names present.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>The raw value of an option, with its place.</summary>
    /// <param name="name">The option.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetValue(string name, out OptionValue value)
    {
        lock (_asked)
        {
            _asked.Add(name);
        }

        return _values.TryGetValue(name, out value!);
    }

    /// <summary>The option names the rule asked for, present or not (the engine flags options nobody asked for).</summary>
    internal IReadOnlyCollection<string> AskedNames
    {
        get
        {
            lock (_asked)
            {
                return [.. _asked];
            }
        }
    }

    /// <summary>Reads a string.</summary>
    /// <param name="name">The option.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetString(string name, out string value)
    {
        value = string.Empty;
        if (!TryGetValue(name, out var raw) || raw.Value is null)
        {
            return false;
        }

        value = raw.Value as string ?? throw WrongType(name, raw, "a single value");
        return true;
    }

    /// <summary>Reads a string, or the default.</summary>
    /// <param name="name">The option.</param>
    /// <param name="defaultValue">The default.</param>
    /// <returns>The value.</returns>
    public string GetString(string name, string defaultValue) => TryGetString(name, out var value) ? value : defaultValue;

    /// <summary>Reads a list of strings (a single scalar counts as a list of one).</summary>
    /// <param name="name">The option.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetStringList(string name, out IReadOnlyList<string> value)
    {
        value = [];
        if (!TryGetValue(name, out var raw) || raw.Value is null)
        {
            return false;
        }

        value = raw.Value switch
        {
            string single => [single],
            IReadOnlyList<OptionValue> items => [.. items.Select(item => item.Value as string ?? throw WrongType(name, item, "a list of single values"))],
            _ => throw WrongType(name, raw, "a list"),
        };
        return true;
    }

    /// <summary>Reads a list of strings, or the default.</summary>
    /// <param name="name">The option.</param>
    /// <param name="defaultValue">The default.</param>
    /// <returns>The value.</returns>
    public IReadOnlyList<string> GetStringList(string name, IReadOnlyList<string> defaultValue) =>
        TryGetStringList(name, out var value) ? value : defaultValue;

    /// <summary>Reads a boolean (<c>true</c> or <c>false</c>).</summary>
    /// <param name="name">The option.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetBoolean(string name, out bool value)
    {
        value = false;
        if (!TryGetString(name, out var text))
        {
            return false;
        }

        if (!bool.TryParse(text, out value))
        {
            throw WrongType(name, _values[name], "true or false");
        }

        return true;
    }

    /// <summary>Reads a boolean, or the default.</summary>
    /// <param name="name">The option.</param>
    /// <param name="defaultValue">The default.</param>
    /// <returns>The value.</returns>
    public bool GetBoolean(string name, bool defaultValue) => TryGetBoolean(name, out var value) ? value : defaultValue;

    /// <summary>Reads a whole number.</summary>
    /// <param name="name">The option.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetInt32(string name, out int value)
    {
        value = 0;
        if (!TryGetString(name, out var text))
        {
            return false;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            throw WrongType(name, _values[name], "a whole number");
        }

        return true;
    }

    /// <summary>Reads a whole number, or the default.</summary>
    /// <param name="name">The option.</param>
    /// <param name="defaultValue">The default.</param>
    /// <returns>The value.</returns>
    public int GetInt32(string name, int defaultValue) => TryGetInt32(name, out var value) ? value : defaultValue;

    /// <summary>Reads a nested mapping as options.</summary>
    /// <param name="name">The option.</param>
    /// <param name="value">The nested options.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetOptions(string name, out RuleOptions value)
    {
        value = Empty;
        if (!TryGetValue(name, out var raw) || raw.Value is null)
        {
            return false;
        }

        value = raw.Value is IReadOnlyDictionary<string, OptionValue> map ? new RuleOptions(map) : throw WrongType(name, raw, "a mapping");
        return true;
    }

    private static RuleOptionException WrongType(string name, OptionValue raw, string expected) =>
        new($"Option '{name}' must be {expected}, but is {Describe(raw)}.", raw.Source);

    private static string Describe(OptionValue raw) => raw.Value is string text ? $"'{text}'" : raw.Shape;
}
