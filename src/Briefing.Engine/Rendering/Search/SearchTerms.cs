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
/// and Chinese are written without spaces, so a run of kana or Han characters gives every pair of
/// neighbours instead (ソフトバンク: ソフ, フト, トバ, バン, ンク); a query's pairs must all be found,
/// which finds the word wherever it stands.
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
    public static string Fold(string text) => string.Create(text.Length, text, static (folded, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            c = c switch
            {
                >= '\uff01' and <= '\uff5e' => (char)(c - 0xfee0),
                >= '\u00c0' and <= '\u017f' => LatinFolds[c - 0xc0],
                _ => c,
            };
            folded[i] = char.ToLowerInvariant(c);
        }
    });

    /// <summary>Calls <paramref name="term"/> with each term of <paramref name="text"/>, in order, repeats included.</summary>
    public static void Each(string text, Action<string> term)
    {
        var folded = Fold(text);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsSpaceless(c))
            {
                var start = i;
                while (i < folded.Length && IsSpaceless(folded[i]))
                {
                    i++;
                }

                if (i - start == 1)
                {
                    term(folded.Substring(start, 1));
                }

                for (var at = start; at + 1 < i; at++)
                {
                    term(folded.Substring(at, 2));
                }
            }
            else if (IsWord(c))
            {
                var start = i;
                while (i < folded.Length && (IsWordNotSpaceless(folded[i]) || IsInsideNumber(folded, i)))
                {
                    i++;
                }

                term(folded.Substring(start, Math.Min(i - start, MaxLength)));
            }
            else
            {
                i++;
            }
        }
    }

    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        Each(text, terms.Add);
        return terms;
    }

    private static bool IsWord(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static bool IsWordNotSpaceless(char c) => IsWord(c) && !IsSpaceless(c);

    private static bool IsInsideNumber(string text, int i) =>
        text[i] is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    /// <summary>Kana and Han: scripts written without spaces between words. The katakana middle dot (・) separates words.</summary>
    public static bool IsSpaceless(char c) => c != '\u30fb' &&
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u31f0' and <= '\u31ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');

    /// <summary>
    /// Which of <paramref name="buckets"/> files holds a term: by its first three characters, so every term a
    /// typed prefix of three or more characters can begin is in one file.
    /// </summary>
    public static int Bucket(string term, int buckets)
    {
        var key = term.Length > 3 ? term.AsSpan(0, 3) : term.AsSpan();
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (uint)(buckets - 1));
    }
}
