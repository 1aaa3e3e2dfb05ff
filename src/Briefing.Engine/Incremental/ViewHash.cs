using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Briefing.Engine.Markdown;
using Briefing.Engine.Rendering;

namespace Briefing.Engine.Incremental;

/// <summary>
/// A hash of what a page's templates can read from its views, the same in every process: what the build cache
/// keeps of a page in place of the view itself, which a later build compares with its own view's. Records are
/// read as templates read them, through their public properties, so a value no template can see changes nothing.
/// </summary>
/// <remarks>
/// The records' own hash codes cannot serve: a string's is different in every process. Every value is written
/// with its kind and length, so two different views never write the same bytes.
/// </remarks>
internal sealed class ViewHash : IHoleWriter
{
    // A type's name is kept with its readers: the native program makes the name again each time it is asked for.
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyReader[] Readers)> Properties = new();

    // One per thread, taken while in use: every page of a large site is hashed, and each new hasher and buffer was garbage.
    [ThreadStatic]
    private static ViewHash? _idle;

    // A shared view's hash, kept as long as the view: made once, it is the same on every page that writes it.
    private static readonly ConditionalWeakTable<ISharedView, StrongBox<UInt128>> Shared = new();

    // Hashes a shared view met while a page's views are hashed on the same thread; taken while in use, as _idle is.
    [ThreadStatic]
    private static ViewHash? _inner;

    private readonly XxHash128 _hash = new();

    // A view is written as many short values (a tag, a length, a word): each went to the hash on its own and the
    // hash's per-call work was more than its hashing. They are gathered here and given to it a buffer at a time,
    // which hashes the same bytes in the same order, so the hash is the same.
    private readonly byte[] _pending = new byte[4096];
    private int _pendingLength;

    // Rendered Markdown is hashed as it is written, through this buffer, rather than kept whole.
    private readonly XxHash128 _html = new();
    private byte[] _buffer = new byte[4096];
    private long _written;
    private long _holeStart;

    /// <summary>The hash of the values, in order.</summary>
    public static UInt128 Of(params ReadOnlySpan<object?> values)
    {
        var hash = _idle ?? new ViewHash();
        _idle = null;
        hash._hash.Reset();
        hash._pendingLength = 0;
        foreach (var value in values)
        {
            hash.Add(value);
        }

        hash.Flush();
        var result = hash._hash.GetCurrentHashAsUInt128();
        _idle = hash;
        return result;
    }

    /// <summary>A shared view's own hash: its record's, as a page's hash would have taken it.</summary>
    private static UInt128 OfShared(ISharedView view)
    {
        var hash = _inner ?? new ViewHash();
        _inner = null;
        hash._hash.Reset();
        hash._pendingLength = 0;
        hash.Record(view);
        hash.Flush();
        var result = hash._hash.GetCurrentHashAsUInt128();
        _inner = hash;
        return result;
    }

    private enum Kind : byte
    {
        Null,
        Text,
        Number,
        Html,
        List,
        Map,
        Record,
        FilledMarkdown,
        Shared,
        Identity,
    }

    private void Add(object? value)
    {
        switch (value)
        {
            case null:
                Tag(Kind.Null);
                return;
            case string text:
                Tag(Kind.Text);
                Number(text.Length);
                Append(MemoryMarshal.AsBytes(text.AsSpan()));
                return;
            case bool flag:
                Tag(Kind.Number);
                Number(flag ? 1 : 0);
                return;
            case int number:
                Tag(Kind.Number);
                Number(number);
                return;
            case long or short or byte:
                Tag(Kind.Number);
                Number(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case Enum choice:
                Tag(Kind.Number);
                Number(Convert.ToInt64(choice, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case DateOnly day:
                Tag(Kind.Number);
                Number(day.DayNumber);
                return;
            case UInt128 known:
                // A text known by its identity rather than its words, as a search document's is.
                Tag(Kind.Identity);
                Span<byte> bytes = stackalloc byte[16];
                System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, known);
                Append(bytes);
                return;
            case ISharedView shared:
                Tag(Kind.Shared);
                Span<byte> sharedHash = stackalloc byte[16];
                System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(sharedHash, Shared.GetValue(shared, static view => new StrongBox<UInt128>(OfShared(view))).Value);
                Append(sharedHash);
                return;
            case TrustedHtml html:
                // Written as the page would write it, into a hash of its own: its length and that hash stand for it, so
                // the bytes need not be kept until their length is known. Markdown is filled in for this page only here,
                // and is known by its text's identity and what the page fills in, each hole with its length after it.
                _written = 0;
                _holeStart = 0;
                _html.Reset();
                if (html.TryWriteHoles(this, out var identity))
                {
                    Tag(Kind.FilledMarkdown);
                    Span<byte> text = stackalloc byte[16];
                    System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(text, identity);
                    Append(text);
                }
                else
                {
                    html.WriteTo(this);
                    Tag(Kind.Html);
                }

                Number(_written);
                Span<byte> digest = stackalloc byte[16];
                _html.GetCurrentHash(digest);
                Append(digest);
                return;
            case IDictionary map:
                Tag(Kind.Map);
                Number(map.Count);
                foreach (DictionaryEntry entry in map)
                {
                    Add(entry.Key);
                    Add(entry.Value);
                }

                return;
            case ITuple tuple:
                // A list's entries as pairs (an address and its date): read by position, as a template reads them.
                Tag(Kind.List);
                Number(tuple.Length);
                for (var i = 0; i < tuple.Length; i++)
                {
                    Add(tuple[i]);
                }

                return;
            case IList list:
                Tag(Kind.List);
                Number(list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    Add(list[i]);
                }

                return;
            default:
                Record(value);
                return;
        }
    }

    private void Record(object value)
    {
        var type = value.GetType();
        var (name, properties) = Properties.GetOrAdd(type, Readable);
        Tag(Kind.Record);
        Add(name);
        foreach (var property in properties)
        {
            Add(property.Read(value));
        }
    }

    /// <summary>The properties a template reads, in a fixed order; a type a template could not read fully is refused, not half hashed.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = PropertyReader.ViewsKeptWhole)]
    private static (string Name, PropertyReader[] Readers) Readable(Type type)
    {
        if (type.Assembly != typeof(ViewHash).Assembly || type.IsAssignableTo(typeof(Delegate)) || type.GetFields(BindingFlags.Public | BindingFlags.Instance).Length > 0)
        {
            throw new NotSupportedException($"a page's view holds a {type.FullName}, which the build cache cannot compare between builds");
        }

        return (
            type.FullName!,
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(PropertyReader.Of)
                .ToArray());
    }

    private void Tag(Kind kind)
    {
        if (_pendingLength == _pending.Length)
        {
            Flush();
        }

        _pending[_pendingLength++] = (byte)kind;
    }

    private void Number(long number)
    {
        if (_pending.Length - _pendingLength < sizeof(long))
        {
            Flush();
        }

        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(_pending.AsSpan(_pendingLength), number);
        _pendingLength += sizeof(long);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _pending.Length - _pendingLength)
        {
            Flush();
            if (bytes.Length > _pending.Length / 2)
            {
                _hash.Append(bytes);
                return;
            }
        }

        bytes.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += bytes.Length;
    }

    private void Flush()
    {
        _hash.Append(_pending.AsSpan(0, _pendingLength));
        _pendingLength = 0;
    }

    void IBufferWriter<byte>.Advance(int count)
    {
        _html.Append(_buffer.AsSpan(0, count));
        _written += count;
    }

    void IHoleWriter.EndHole()
    {
        Span<byte> length = stackalloc byte[sizeof(long)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, _written - _holeStart);
        _html.Append(length);
        _holeStart = _written;
    }

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint) => Room(sizeHint);

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint) => Room(sizeHint).Span;

    /// <summary>The whole buffer each time: what was written into it was hashed when it was advanced over.</summary>
    private Memory<byte> Room(int sizeHint)
    {
        if (sizeHint > _buffer.Length)
        {
            _buffer = new byte[sizeHint];
        }

        return _buffer;
    }
}
