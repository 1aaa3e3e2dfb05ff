using System.Buffers;
using System.Text;

namespace Briefing.Engine.Rendering.Search;

/// <summary>
/// Splits text into the terms the search index is keyed by. The search page's script splits a query with
/// the same rules (theme/assets/search.js, <c>terms</c>); the browser tests search for words, numbers and
/// Japanese names through both, so the two cannot drift apart unnoticed.
/// </summary>
/// <remarks>
/// Text is folded first (<see cref="Fold"/>): full-width letters become plain, Latin accents are dropped
/// and letters are lower-cased. A term is then a run of letters and digits,
/// where a '.' or ',' between two digits stays inside it so "61.6" and "1,000" are one term each. Japanese
/// and Chinese are written without spaces, so a run of kana or Han characters gives each character and every
/// pair of neighbours instead (ソフトバンク: ソ, ソフ, フ, フト, ト, トバ, バ, バン, ン, ンク, ク). A query of two
/// or more such characters is split into its pairs alone, which must all be found, so it finds the word wherever
/// it stands; a query of one character (堺) finds it alone.
/// </remarks>
internal static class SearchTerms
{
    /// <summary>Longer runs (a pasted address, a long number) are cut to this many characters.</summary>
    public const int MaxLength = 40;

    /// <summary>What each of U+00C0 to U+017F (Latin-1 and Latin Extended-A letters) folds to: the letter without its accent.</summary>
    internal const string LatinFolds = "AAAAAAÆCEEEEIIIIDNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiidnooooo÷ouuuuyþyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzs";

    /// <summary>
    /// Full-width Latin letters and digits become plain ones, accented Latin letters lose their accents,
    /// and letters are lower-cased, one character for one, so positions in the folded text are positions in
    /// the original. Written out rather than done by Unicode normalisation because the program runs without
    /// ICU (invariant globalization), and because the script must fold exactly the same way.
    /// </summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (folded, text) => Fold(text, folded));

    /// <summary>Folds <paramref name="text"/> into <paramref name="folded"/>, which is at least as long.</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> folded)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Most of a site's text is ASCII, which only changes case: each run of it is lower-cased a vector at a time.
            var run = text[i..].IndexOfAnyExceptInRange('\0', '\u007f');
            var end = run < 0 ? text.Length : i + run;
            Ascii.ToLower(text[i..end], folded[i..end], out _);
            if (end < text.Length)
            {
                folded[end] = Fold(text[end]);
            }

            i = end + 1;
        }
    }

    private static char Fold(char c)
    {
        c = c switch
        {
            >= '\uff01' and <= '\uff5e' => (char)(c - 0xfee0),
            >= '\u00c0' and <= '\u017f' => LatinFolds[c - 0xc0],
            _ => c,
        };
        return char.ToLowerInvariant(c);
    }

    /// <summary>The terms of text already folded, in order, repeats included: <c>foreach (var term in SearchTerms.In(folded))</c>.</summary>
    public static Enumerator In(ReadOnlySpan<char> folded) => new(folded);

    /// <summary>The terms of <paramref name="text"/> as strings, for tests and small texts.</summary>
    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        foreach (var term in In(Fold(text)))
        {
            terms.Add(term.ToString());
        }

        return terms;
    }

    /// <summary>Each term is a slice of the folded text, so splitting allocates nothing.</summary>
    public ref struct Enumerator(ReadOnlySpan<char> folded)
    {
        private readonly ReadOnlySpan<char> _text = folded;
        private int _at;

        // Inside a run of kana or Han: the place whose character (then pair) comes next, whether its pair is due, and where the run ends.
        private int _run = -1;
        private bool _pairDue;
        private int _runEnd;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_run >= 0)
            {
                if (_pairDue)
                {
                    Current = _text.Slice(_run++, 2);
                    _pairDue = false;
                    return true;
                }

                Current = _text.Slice(_run, 1);
                _pairDue = _run + 1 < _runEnd;
                _run = _pairDue ? _run : -1;
                return true;
            }

            var text = _text;
            var i = _at;
            while (i < text.Length)
            {
                var c = text[i];

                // ASCII, most of any text here, is a word's first letter or digit or else skipped, without the other tests.
                if (c < '\u0080' && !char.IsAsciiLetterOrDigit(c))
                {
                    i++;
                    continue;
                }

                if (IsSpaceless(c))
                {
                    var start = i;
                    while (i < text.Length && IsSpaceless(text[i]))
                    {
                        i++;
                    }

                    _at = i;
                    _runEnd = i;
                    _pairDue = start + 1 < i;
                    _run = _pairDue ? start : -1;
                    Current = text.Slice(start, 1);
                    return true;
                }

                if (IsWord(c))
                {
                    var start = i;
                    while (true)
                    {
                        // A run of ASCII letters and digits is found a vector at a time; what stops it is tested alone.
                        var run = text[i..].IndexOfAnyExcept(AsciiWord);
                        i = run < 0 ? text.Length : i + run;
                        if (i < text.Length && (text[i] < '\u0080' ? IsInsideNumber(text, i) : IsWordNotSpaceless(text[i])))
                        {
                            i++;
                            continue;
                        }

                        break;
                    }

                    _at = i;
                    Current = text.Slice(start, Math.Min(i - start, MaxLength));
                    return true;
                }

                i++;
            }

            _at = i;
            return false;
        }
    }

    private static readonly SearchValues<char> AsciiWord = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsWord(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static bool IsWordNotSpaceless(char c) => IsWord(c) && !IsSpaceless(c);

    private static bool IsInsideNumber(ReadOnlySpan<char> text, int i) =>
        text[i] is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    /// <summary>Kana and Han: scripts written without spaces between words. The katakana middle dot (・) separates words.</summary>
    public static bool IsSpaceless(char c) => c != '\u30fb' &&
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u31f0' and <= '\u31ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');

    /// <summary>
    /// Which of <paramref name="buckets"/> files holds a term: by its first three characters, so every term a
    /// typed prefix of three or more characters can begin is in one file.
    /// </summary>
    public static int Bucket(ReadOnlySpan<char> term, int buckets)
    {
        var key = term.Length > 3 ? term[..3] : term;
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (uint)(buckets - 1));
    }
}
