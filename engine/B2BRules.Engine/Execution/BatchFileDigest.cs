using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using B2BRules.Engine.Sarif;

namespace B2BRules.Engine.Execution;

/// <summary>
/// What the reports need of a batch file's bytes, read once: its length and SHA-256 (SARIF's artifacts) and GitHub's
/// line hash of every line. A file on disk is read on its own thread while the rules walk its rows on another, so the
/// second core does this work instead of the walk's thread doing it afterwards.
/// </summary>
/// <param name="Length">The file's size in bytes.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
/// <param name="LineHashes">GitHub's line hash of each of its lines.</param>
internal sealed record BatchFileDigest(long Length, string Sha256, LineHash.Table LineHashes)
{
    private const int BufferSize = 1 << 16;

    /// <summary>Starts reading a file (opened anew, so the walk's own stream is untouched) on a thread-pool thread.</summary>
    public static Task<BatchFileDigest> ReadInBackground(string path, CancellationToken cancellationToken) => Task.Run(
        () =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
            return Read(stream, cancellationToken);
        },
        cancellationToken);

    /// <summary>Reads a stream from its current position to its end.</summary>
    public static BatchFileDigest Read(Stream stream, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // As GitHub hashes lines: UTF-8 without skipping a BOM (U+FEFF is hashed), invalid bytes as U+FFFD.
        var decoder = new UTF8Encoding(false).GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
        var chars = ArrayPool<char>.Shared.Rent(BufferSize + 4);
        try
        {
            var lines = new LineHash.Table();
            long length = 0;
            int read;
            while ((read = stream.Read(bytes, 0, BufferSize)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sha256.AppendData(bytes, 0, read);
                length += read;
                lines.Append(chars.AsSpan(0, decoder.GetChars(bytes, 0, read, chars, 0, flush: false)));
            }

            lines.Append(chars.AsSpan(0, decoder.GetChars(bytes, 0, 0, chars, 0, flush: true)));
            return new BatchFileDigest(length, Convert.ToHexStringLower(sha256.GetHashAndReset()), lines.Finish());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
