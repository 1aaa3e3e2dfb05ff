using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

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
        if (XxHash128.HashToUInt128(memory.Span[..length]) != BinaryPrimitives.ReadUInt128LittleEndian(memory.Span[length..]))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new RecordStream(memory[magic.Length..length]), Encoding.UTF8);
            if (reader.ReadInt32() != format || reader.ReadString() != key)
            {
                return null;
            }

            var result = body(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length ? result : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // The checksum matched, so only a record written by a faulty engine gets here; it is dropped all the same.
            return null;
        }
    }

    /// <summary>A record of what <paramref name="body"/> writes, framed to be read back by <see cref="Read"/>.</summary>
    public static byte[] Write(ReadOnlySpan<byte> magic, int format, string key, Action<BinaryWriter> body)
    {
        var stream = new MemoryStream();
        stream.Write(magic);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(format);
            writer.Write(key);
            body(writer);
        }

        Span<byte> checksum = stackalloc byte[ChecksumBytes];
        BinaryPrimitives.WriteUInt128LittleEndian(checksum, XxHash128.HashToUInt128(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        stream.Write(checksum);
        return stream.ToArray();
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
