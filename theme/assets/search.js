// Search as you type over the build-time index. Without this script the search page is still a
// complete list of briefings and companies; with it, the form appears and finds any word on the site.
// Results are built with DOM calls and textContent only, never from HTML strings.
//
// The index (Rendering/Search/SearchIndex.cs) is split so a query fetches only what it needs: one terms
// file per typed term, chosen by the term's first three characters, then one small file per result shown.
// terms() and bucket() must split and place words exactly as SearchTerms.cs does.

const PAGE_SIZE = 10;

// How much a term counts by where it stands: text, summary, name or heading, title.
const FIELD_WEIGHT = [1, 2, 4, 8];

function start(form) {
  const input = form.querySelector("input[type=search]");
  const status = document.getElementById("search-status");
  const results = document.getElementById("search-results");
  const browse = document.getElementById("search-browse");
  const moreRow = document.getElementById("search-more-row");
  const more = document.getElementById("search-more");
  const data = form.dataset;
  const buckets = Number(data.buckets);
  const count = Number(data.count);
  const files = new Map();
  const documents = new Map();
  let found = [];
  let shown = 0;
  let queryTerms = [];

  const fetchJson = (url) =>
    fetch(url).then((response) => {
      if (!response.ok) {
        throw new Error(`search index: HTTP ${response.status} for ${url}`);
      }
      return response.json();
    });

  const termsFile = (k) => {
    if (!files.has(k)) {
      const file = fetchJson(`${data.terms}${k}.json`);
      file.catch(() => files.delete(k));
      files.set(k, file);
    }
    return files.get(k);
  };

  const documentFile = (n) => {
    if (!documents.has(n)) {
      const file = fetchJson(`${data.documents}${n}.json`);
      file.catch(() => documents.delete(n));
      documents.set(n, file);
    }
    return documents.get(n);
  };

  const say = (key, values) => {
    let text = data[key] ?? "";
    for (const [name, value] of Object.entries(values)) {
      text = text.replaceAll(`{${name}}`, String(value));
    }
    status.textContent = text;
  };

  const showMore = async () => {
    const next = found.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(next.map((hit) => documentFile(hit.document)));
    results.append(...items.map((item) => render(item, queryTerms)));
    shown += next.length;
    moreRow.hidden = shown >= found.length;
  };

  const run = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    history.replaceState(null, "", url);

    if (!query) {
      results.replaceChildren();
      results.hidden = true;
      moreRow.hidden = true;
      browse.hidden = false;
      status.textContent = "";
      return;
    }

    let result;
    const wanted = terms(query);
    try {
      result = await search(wanted, buckets, count, termsFile);
      if (input.value.trim() !== query) {
        return; // a newer keystroke has taken over
      }
      found = result.hits;
      queryTerms = wanted;
      shown = 0;
      results.replaceChildren();
      await showMore();
    } catch {
      say("textFailed", {});
      results.hidden = true;
      moreRow.hidden = true;
      browse.hidden = false;
      return;
    }
    if (input.value.trim() !== query) {
      return;
    }

    results.hidden = found.length === 0;
    browse.hidden = found.length > 0;
    const values = { query, count: found.length };
    say(found.length === 0 ? "textNone" : found.length === 1 ? "textOne" : result.best ? "textBest" : "textMany", values);
  };

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  more.textContent = data.textMore;
  more.addEventListener("click", () => {
    const first = shown;
    showMore().then(() => results.children[first]?.querySelector("a")?.focus());
  });

  form.hidden = false;
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
}

// --- Terms: the same rules as SearchTerms.cs ---

// What each of U+00C0 to U+017F folds to; the same table as SearchTerms.LatinFolds.
const LATIN_FOLDS = "AAAAAAÆCEEEEIIIIDNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiidnooooo÷ouuuuyþyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzs";

// One character for one, so positions in the folded text are positions in the original.
function fold(text) {
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c = text[i];
    if (code >= 0xff01 && code <= 0xff5e) {
      c = String.fromCharCode(code - 0xfee0);
    } else if (code >= 0xc0 && code <= 0x17f) {
      c = LATIN_FOLDS[code - 0xc0];
    }
    const lower = c.toLowerCase();
    folded += lower.length === 1 ? lower : c;
  }
  return folded;
}

function isSpaceless(c) {
  const code = c.charCodeAt(0);
  return (
    code !== 0x30fb &&
    ((code >= 0x3040 && code <= 0x30ff) ||
      (code >= 0x31f0 && code <= 0x31ff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xf900 && code <= 0xfaff))
  );
}

const WORD = /^[\p{L}\p{N}]$/u;
const DIGIT = /^[0-9]$/;

function isWord(c) {
  return WORD.test(c);
}

function insideNumber(text, i) {
  return (text[i] === "." || text[i] === ",") && i > 0 && i + 1 < text.length && DIGIT.test(text[i - 1]) && DIGIT.test(text[i + 1]);
}

function terms(text) {
  const folded = fold(text);
  const found = [];
  let i = 0;
  while (i < folded.length) {
    const c = folded[i];
    if (isSpaceless(c)) {
      const start = i;
      while (i < folded.length && isSpaceless(folded[i])) {
        i++;
      }
      const run = folded.slice(start, i);
      if (i - start === 1) {
        found.push({ text: run, exact: true, run });
      }
      for (let at = start; at + 1 < i; at++) {
        found.push({ text: folded.slice(at, at + 2), exact: true, run });
      }
    } else if (isWord(c)) {
      const start = i;
      while (i < folded.length && ((isWord(folded[i]) && !isSpaceless(folded[i])) || insideNumber(folded, i))) {
        i++;
      }
      found.push({ text: folded.slice(start, Math.min(i, start + 40)), exact: false });
    } else {
      i++;
    }
  }
  return found;
}

function bucket(term, buckets) {
  const key = term.length > 3 ? term.slice(0, 3) : term;
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) {
    hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  }
  return hash & (buckets - 1);
}

// --- Ranking ---

// Every term must be found in a document; a word of three or more letters also finds the words it begins
// (as you type "hon", Honda), at a lower score than the word itself. A word so common that its file lists
// only the documents where it stands best (a first number -n: it is in n documents) cannot say which
// documents lack it, so it ranks the results without narrowing them; a query of only such words lists
// the documents that have any of them, those with most first.
async function search(wanted, buckets, count, termsFile) {
  const perTerm = [];
  for (const term of wanted) {
    const file = await termsFile(bucket(term.text, buckets));
    const matches = new Map();
    let complete = true;
    for (const [key, postings] of Object.entries(file)) {
      const whole = key === term.text;
      if (!whole && (term.exact || term.text.length < 3 || !key.startsWith(term.text))) {
        continue;
      }
      const partial = postings.length > 0 && postings[0] < 0;
      complete = complete && !partial;
      const rarity = Math.log(1 + count / (partial ? -postings[0] : postings.length));
      let n = 0;
      for (const value of partial ? postings.slice(1) : postings) {
        n += Math.floor(value / 32);
        const field = Math.floor(value / 8) % 4;
        const times = value % 8;
        const score = FIELD_WEIGHT[field] * (1 + Math.log2(times)) * rarity * (whole ? 1 : 0.6);
        matches.set(n, Math.max(matches.get(n) ?? 0, score));
      }
    }
    if (complete && matches.size === 0) {
      return { hits: [], best: false };
    }
    perTerm.push({ matches, complete });
  }
  const narrowing = perTerm.filter((t) => t.complete);
  const ranking = perTerm.filter((t) => !t.complete);
  let scores = null;
  for (const { matches } of narrowing) {
    if (scores === null) {
      scores = new Map(matches);
    } else {
      for (const [n, score] of scores) {
        if (matches.has(n)) {
          scores.set(n, score + matches.get(n));
        } else {
          scores.delete(n);
        }
      }
    }
  }
  const open = scores === null;
  scores ??= new Map();
  for (const { matches } of ranking) {
    for (const [n, score] of matches) {
      if (open || scores.has(n)) {
        scores.set(n, (scores.get(n) ?? 0) + score);
      }
    }
  }
  const hits = [...scores]
    .map(([document, score]) => ({ document, score }))
    .sort((a, b) => b.score - a.score || a.document - b.document);
  return { hits, best: open };
}

// --- Results ---

function render(item, wanted) {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = item.u;
  link.textContent = item.t;
  const kind = document.createElement("span");
  kind.className = "result-kind";
  kind.textContent = item.k;
  li.append(kind, " ", link);
  const snippet = document.createElement("p");
  snippet.append(...highlight(excerpt(item.x ?? "", wanted) ?? item.s ?? "", wanted));
  if (snippet.childNodes.length > 0) {
    li.append(snippet);
  }
  return li;
}

// About thirty words of the text around the first place a query word appears, or null when none does.
// The window is counted in columns, a kana or kanji taking two, so a Japanese snippet is as long on the
// screen as an English one rather than twice as long.
function excerpt(text, wanted) {
  if (!text) {
    return null;
  }
  const folded = fold(text);
  let at = -1;
  for (const sought of places(wanted, folded)) {
    const i = folded.indexOf(sought);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
    }
  }
  if (at < 0) {
    return null;
  }
  let start = at;
  for (let width = 0; start > 0 && width < 90; ) {
    start -= isLowSurrogate(text, start - 1) && start > 1 ? 2 : 1;
    width += columns(text, start);
  }
  let end = at;
  for (let width = 0; end < text.length && width < 150; ) {
    width += columns(text, end);
    end += isLowSurrogate(text, end + 1) ? 2 : 1;
  }
  // Cut where a word or clause ends, so none is halved, but only between the cut and the word found.
  if (start > 0) {
    const head = text.slice(start, at).search(/[\s、。]/u);
    start = head >= 0 ? start + head + 1 : start;
  }
  if (end < text.length) {
    const tail = text.slice(at, end + 1);
    const last = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\n"));
    const clause = Math.max(tail.lastIndexOf("、"), tail.lastIndexOf("。"));
    end = clause > 0 && clause + 1 > last ? at + clause + 1 : last > 0 ? at + last : end;
  }
  return (start > 0 ? "… " : "") + text.slice(start, end).replace(/\s+/g, " ").trim() + (end < text.length ? " …" : "");
}

// What a snippet looks for in a folded text: each word of the query, and each run of Japanese as a whole
// where the text has it. A document is found by the run's pairs of characters, but a place holding only one
// pair (ープ in グループ for シャープ) is not where the run is; only a text without the run (two words typed
// together, written apart) shows its pairs.
function places(wanted, folded) {
  return [...new Set(wanted.map((term) => (term.run && folded.includes(term.run) ? term.run : term.text)))];
}

// Two for the characters East Asian scripts set in full-width cells, one for the rest.
function columns(text, i) {
  const code = text.codePointAt(i);
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
    || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd) ? 2 : 1;
}

function isLowSurrogate(text, i) {
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

// The text as nodes, each place a query word appears wrapped in <mark>.
function highlight(text, wanted) {
  const folded = fold(text);
  const marks = [];
  for (const sought of places(wanted, folded)) {
    let i = folded.indexOf(sought);
    while (i >= 0) {
      marks.push([i, i + sought.length]);
      i = folded.indexOf(sought, i + sought.length);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  // Overlapping places (the pairs of a run, or one word of the query inside another) make one mark.
  const merged = [];
  for (const [start, end] of marks) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  const nodes = [];
  let from = 0;
  for (const [start, end] of merged) {
    nodes.push(text.slice(from, start));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    from = end;
  }
  nodes.push(text.slice(from));
  return nodes.filter((node) => node !== "");
}

// Last, so that every constant above is set before a query in the address runs.
const form = document.querySelector("form[data-terms]");
if (form) {
  start(form);
}
