using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Briefing.Engine.Loading;

namespace Briefing.Engine.Incremental;

/// <summary>
/// The frame every record of the build cache is kept in: a magic line, the layout's number, the key of what the record
/// was made with, the body, and a checksum of all of it. A record is read whole or not at all: one of another layout or
/// key, cut short, with bytes after its body, or altered in any byte, is as if it were not there.
/// </summary>
internal static class CacheFile
{
    private const int ChecksumBytes = 16;

    /// <summary>The record <paramref name="body"/> reads from <paramref name="bytes"/>; null when there is none to trust.</summary>
    /// <remarks>The reader reads <paramref name="record"/> itself, which <see cref="ReadSlice"/> hands out parts of: an array or a mapped file.</remarks>
    public static T? Read<T>(ReadOnlyMemory<byte>? record, ReadOnlySpan<byte> magic, int format, string key, Func<BinaryReader, T> body)
        where T : class
    {
        if (record is not { } memory || memory.Length < magic.Length + ChecksumBytes || !memory.Span.StartsWith(magic))
        {
            return null;
        }

        var length = memory.Length - ChecksumBytes;
        try
        {
            // Another layout or key is refused before the checksum is taken: the cache a build of another version
            // left would otherwise be hashed whole (2.2 GB of Markdown at 100,000 briefings) only to be dropped.
            using var reader = new BinaryReader(new RecordStream(memory[magic.Length..length]), Encoding.UTF8);
            if (reader.ReadInt32() != format || reader.ReadString() != key)
            {
                return null;
            }

            if (CacheReader.Hash(memory[..length]) != BinaryPrimitives.ReadUInt128LittleEndian(memory.Span[length..]))
            {
                return null;
            }

            var result = body(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length ? result : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // A header cut short or garbled, or a body that a faulty engine wrote under a good checksum: dropped all the same.
            return null;
        }
    }

    /// <summary>
    /// Writes the record of what <paramref name="body"/> writes to <paramref name="destination"/> as it is made, framed
    /// to be read back by <see cref="Read"/>, so a record of many megabytes never sits in memory whole.
    /// </summary>
    public static void Write(Stream destination, ReadOnlySpan<byte> magic, int format, string key, Action<BinaryWriter> body)
    {
        var checksummed = new ChecksumStream(destination);

        // The checksum is appended to in large pieces: the writer's small writes are gathered first.
        using (var buffered = new BufferedStream(checksummed, 1 << 16))
        using (var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
        {
            buffered.Write(magic);
            writer.Write(format);
            writer.Write(key);
            body(writer);
        }

        Span<byte> checksum = stackalloc byte[ChecksumBytes];
        BinaryPrimitives.WriteUInt128LittleEndian(checksum, checksummed.Checksum);
        destination.Write(checksum);
    }

    /// <summary>The next <paramref name="length"/> bytes of a record <see cref="Read"/> is reading, as a part of the record's own bytes rather than a copy.</summary>
    public static ReadOnlyMemory<byte> ReadSlice(BinaryReader reader, int length) => ((RecordStream)reader.BaseStream).Take(length);

    public static void WriteUInt128(BinaryWriter writer, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        writer.Write(bytes);
    }

    public static UInt128 ReadUInt128(BinaryReader reader)
    {
        Span<byte> bytes = stackalloc byte[16];
        reader.BaseStream.ReadExactly(bytes);
        return BinaryPrimitives.ReadUInt128LittleEndian(bytes);
    }

    /// <summary>Passes what is written on to another stream, keeping the checksum of all of it.</summary>
    private sealed class ChecksumStream(Stream destination) : Stream
    {
        private readonly XxHash128 _hash = new();

        public UInt128 Checksum => _hash.GetCurrentHashAsUInt128();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.Append(buffer);
            destination.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush() => destination.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A record's bytes read in order, wherever they are kept; parts of them are taken as they are, not copied.</summary>
    private sealed class RecordStream(ReadOnlyMemory<byte> bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position
        {
            get => _position;
            set => _position = value >= 0 && value <= bytes.Length ? (int)value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        public ReadOnlyMemory<byte> Take(int length)
        {
            if (length < 0 || length > bytes.Length - _position)
            {
                throw new EndOfStreamException();
            }

            var part = bytes.Slice(_position, length);
            _position += length;
            return part;
        }

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.Span.Slice(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int ReadByte() => _position < bytes.Length ? bytes.Span[_position++] : -1;

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => bytes.Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
