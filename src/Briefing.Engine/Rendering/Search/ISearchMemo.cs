using System.Runtime.InteropServices;

namespace Briefing.Engine.Rendering.Search;

/// <summary>
/// What the search index may reuse from an earlier build: the terms of a document whose searched fields and text are
/// the same, so that a build after one edit splits one document rather than every page's text. The index asks the
/// same questions in every build; a one-shot build's memo answers each by splitting.
/// </summary>
internal interface ISearchMemo
{
    /// <summary>Told first: how many documents the index has.</summary>
    void Begin(int documents);

    /// <summary>
    /// The terms kept for document <paramref name="number"/> when the build that kept them made it, at the same place,
    /// from the same <paramref name="inputs"/>; null when the document must be made. Asked on any worker, before
    /// <see cref="Terms"/> is asked for the same document, if it is.
    /// </summary>
    DocumentTerms? TermsFromInputs(int number, UInt128 inputs);

    /// <summary>The terms of document <paramref name="number"/>: those kept for an equal document, or what <paramref name="split"/> finds. Asked on any worker.</summary>
    /// <param name="inputs">What the document was made from, kept for the next build.</param>
    /// <param name="document">Valid only during the call: its text is in the worker's buffer.</param>
    DocumentTerms Terms(int number, UInt128 inputs, SearchDocument document, Func<SearchDocument, DocumentTerms> split);

    /// <summary>Told on one thread, in document order, as each document's terms join the index, before their arrays go back to the pool.</summary>
    void Joined(int number, DocumentTerms terms);

    /// <summary>Told once every document has joined.</summary>
    void Done();
}

/// <summary>Reuses nothing: every document is split, as a one-shot build does.</summary>
internal sealed class NoSearchMemo : ISearchMemo
{
    public static readonly NoSearchMemo Instance = new();

    private NoSearchMemo()
    {
    }

    public void Begin(int documents)
    {
    }

    public DocumentTerms? TermsFromInputs(int number, UInt128 inputs) => null;

    public DocumentTerms Terms(int number, UInt128 inputs, SearchDocument document, Func<SearchDocument, DocumentTerms> split) => split(document);

    public void Joined(int number, DocumentTerms terms)
    {
    }

    public void Done()
    {
    }
}

/// <summary>One document's distinct terms, as ids of <paramref name="Words"/>, each with its best field and count packed as a posting's low bits.</summary>
/// <param name="Ids">Rented from the shared array pool, and given back once the terms have joined the index.</param>
/// <param name="FieldAndCount">Rented like <paramref name="Ids"/>.</param>
internal readonly record struct DocumentTerms(TermWords Words, int[] Ids, int[] FieldAndCount, int Length);

/// <summary>The words a document's terms are numbered in: a worker's, as it split, or a memo's, as an earlier build kept them.</summary>
internal abstract class TermWords
{
    public abstract string Word(int id);

    /// <summary>How many words there are; ids count from 0.</summary>
    public abstract int Count { get; }

    /// <summary>
    /// The array <paramref name="ids"/> holds for <paramref name="words"/>, with a place for each of its words: a word given
    /// no id elsewhere yet is −1. Words are only added, so the array grows and keeps what it held.
    /// </summary>
    public static int[] Grown(Dictionary<TermWords, int[]> ids, TermWords words)
    {
        ref var mapped = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, words, out _);
        mapped ??= [];
        if (mapped.Length < words.Count)
        {
            var grown = new int[Math.Max(words.Count, mapped.Length * 2)];
            mapped.CopyTo(grown, 0);
            grown.AsSpan(mapped.Length).Fill(-1);
            mapped = grown;
        }

        return mapped;
    }
}
