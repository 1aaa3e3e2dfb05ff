using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Briefing.Engine.Rendering;

/// <summary>
/// Where a page's template writes: straight into UTF-8, the form the page is written to disk in, so a page
/// is never first held as UTF-16 and then encoded. Rendered Markdown, kept as UTF-8, is copied in as it is.
/// </summary>
internal sealed class Utf8PageOutput : IScriptOutput, IBufferWriter<byte>
{
    private const int StartBytes = 64 * 1024;

    /// <summary>A buffer grown past this for one large page is not kept for the next.</summary>
    private const int KeptBytes = 4 * 1024 * 1024;

    /// <summary>One encoder across writes, so a surrogate pair split between two writes stays one character.</summary>
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private byte[] _buffer = new byte[StartBytes];
    private int _length;

    /// <summary>Whether the encoder may hold half a surrogate pair: only after text that ends in one.</summary>
    private bool _pending;

    public void Write(string text, int offset, int count)
    {
        if (count == 0)
        {
            return;
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(count));
        _length += _encoder.GetBytes(text.AsSpan(offset, count), _buffer.AsSpan(_length), flush: false);
        _pending = char.IsHighSurrogate(text[offset + count - 1]);
    }

    /// <summary>What was written so far, lent: valid until the output is next written to or cleared.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Flush();
            return _buffer.AsSpan(0, _length);
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Flush();
        Reserve(Math.Max(sizeHint, 256));
        return _buffer.AsSpan(_length);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Flush();
        Reserve(Math.Max(sizeHint, 256));
        return _buffer.AsMemory(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>How many bytes the page has so far.</summary>
    public int Length => _length;

    /// <summary>Removes the last byte if it is a line feed, for it to be written again as text; whether it was.</summary>
    public bool TakeBackNewLine()
    {
        Flush();
        if (_length == 0 || _buffer[_length - 1] != (byte)'\n')
        {
            return false;
        }

        _length--;
        return true;
    }

    public void Clear()
    {
        _encoder.Reset();
        _pending = false;
        _length = 0;
        if (_buffer.Length > KeptBytes)
        {
            _buffer = new byte[StartBytes];
        }
    }

    /// <summary>Ends a character left half-written, before bytes are written directly after it.</summary>
    private void Flush()
    {
        if (!_pending)
        {
            return;
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(1));
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
        _pending = false;
    }

    private void Reserve(int bytes)
    {
        if (_buffer.Length - _length >= bytes)
        {
            return;
        }

        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
    }
}
