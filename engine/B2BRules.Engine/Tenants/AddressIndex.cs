using System.Security.Cryptography;
using System.Text;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Tenants;

/// <summary>
/// A snapshot's users, as one sorted array of fixed-size records: the first 16 bytes of HMAC-SHA256(key, address) of
/// each normalised address, then the user's type, guest state and which property the address was. No address is kept
/// in clear; one who holds the file and the key in it can test an address they already know, but cannot list them. A
/// lookup is a binary search, so an index of a million records needs no other structure (docs/tenant.md, the format).
/// </summary>
public sealed class AddressIndex
{
    public const int HashLength = 16;
    public const int RecordLength = 20;
    public const int KeyLength = 32;

    private readonly byte[] _key;
    private readonly ReadOnlyMemory<byte> _records;

    /// <summary>Wraps sorted records (a snapshot's are decoded where the file was read, not copied); <see cref="Builder"/> makes them.</summary>
    public AddressIndex(byte[] key, ReadOnlyMemory<byte> records, int userCount)
    {
        if (key.Length != KeyLength || records.Length % RecordLength != 0)
        {
            throw new ArgumentException("The key must be 32 bytes and the records whole.");
        }

        _key = key;
        _records = records;
        UserCount = userCount;
    }

    /// <summary>How many directory users the index covers.</summary>
    public int UserCount { get; }

    /// <summary>How many addresses it holds.</summary>
    public int Count => _records.Length / RecordLength;

    public ReadOnlySpan<byte> Key => _key;

    public ReadOnlySpan<byte> Records => _records.Span;

    /// <summary>Whether the records are in order (a file edited by hand is not).</summary>
    public bool IsSorted()
    {
        var records = _records.Span;
        for (var at = RecordLength; at < records.Length; at += RecordLength)
        {
            if (Compare(records.Slice(at - RecordLength, RecordLength), records.Slice(at, RecordLength)) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first user record for a normalised address (members before guests), or null.</summary>
    public DirectoryUser? Find(string address)
    {
        if (DirectoryAddresses.Normalise(address) is not { } normalised || Count == 0)
        {
            return null;
        }

        Span<byte> hash = stackalloc byte[HashLength];
        Hash(_key, normalised, hash);
        var records = _records.Span;
        int low = 0, high = Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = records.Slice(middle * RecordLength, HashLength).SequenceCompareTo(hash);
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                if (order == 0)
                {
                    found = middle; // keep looking left for the first record of this hash
                }

                high = middle - 1;
            }
        }

        return found < 0 ? null : Decode(records.Slice(found * RecordLength, RecordLength));
    }

    private static DirectoryUser Decode(ReadOnlySpan<byte> record) =>
        new((DirectoryUserType)record[HashLength], (GuestState)record[HashLength + 1], (AddressProperty)record[HashLength + 2]);

    private static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => a.SequenceCompareTo(b);

    private static void Hash(byte[] key, string normalised, Span<byte> destination)
    {
        Span<byte> full = stackalloc byte[32];
        var byteCount = Encoding.UTF8.GetByteCount(normalised);
        var bytes = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(normalised, bytes);
        HMACSHA256.HashData(key, bytes, full);
        full[..HashLength].CopyTo(destination);
    }

    /// <summary>Collects users' addresses under a fresh random key, then sorts them into an index.</summary>
    public sealed class Builder
    {
        private readonly byte[] _key = RandomNumberGenerator.GetBytes(KeyLength);
        private readonly List<byte[]> _chunks = [];
        private byte[] _current = new byte[RecordLength * 4096];
        private int _used;
        private int _users;

        /// <summary>Adds one directory user with every address that identifies it.</summary>
        public void Add(DirectoryUserType type, GuestState state, IEnumerable<(string Address, AddressProperty Property)> addresses)
        {
            _users++;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (address, property) in addresses)
            {
                if (!seen.Add(address))
                {
                    continue; // the UPN repeated as mail or a proxy address: one record, the first property
                }

                if (_used == _current.Length)
                {
                    _chunks.Add(_current);
                    _current = new byte[_current.Length];
                    _used = 0;
                }

                var record = _current.AsSpan(_used, RecordLength);
                Hash(_key, address, record[..HashLength]);
                record[HashLength] = (byte)type;
                record[HashLength + 1] = (byte)state;
                record[HashLength + 2] = (byte)property;
                record[HashLength + 3] = 0;
                _used += RecordLength;
            }
        }

        public int UserCount => _users;

        /// <summary>The sorted index: by hash, then members before guests, then property.</summary>
        public AddressIndex Build()
        {
            var total = (_chunks.Count * _current.Length) + _used;
            var records = new byte[total];
            var offset = 0;
            foreach (var chunk in _chunks)
            {
                chunk.CopyTo(records, offset);
                offset += chunk.Length;
            }

            _current.AsSpan(0, _used).CopyTo(records.AsSpan(offset));
            Sort(records);
            return new AddressIndex(_key, records, _users);
        }

        private static void Sort(byte[] records)
        {
            var count = records.Length / RecordLength;
            var order = new int[count];
            for (var i = 0; i < count; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => Compare(records.AsSpan(a * RecordLength, RecordLength), records.AsSpan(b * RecordLength, RecordLength)));
            var sorted = new byte[records.Length];
            for (var i = 0; i < count; i++)
            {
                records.AsSpan(order[i] * RecordLength, RecordLength).CopyTo(sorted.AsSpan(i * RecordLength));
            }

            sorted.CopyTo(records, 0);
        }
    }
}
