// Search as you type over the build-time index. Without this script the search page is still a
// complete list of briefings and companies; with it, the form appears and narrows that list.
// Results are built with DOM calls and textContent only, never from HTML strings.

const MAX_RESULTS = 30;

// Weights: a hit in the title counts most, then other names, headings, summary and kind.
const FIELDS = [
  ["t", 10],
  ["a", 8],
  ["h", 4],
  ["s", 2],
  ["k", 1],
];

const form = document.querySelector("form[data-index]");
if (form) {
  start(form);
}

function start(form) {
  const input = form.querySelector("input[type=search]");
  const status = document.getElementById("search-status");
  const results = document.getElementById("search-results");
  const browse = document.getElementById("search-browse");
  let index = null;

  const load = () => {
    index ??= fetch(form.dataset.index)
      .then((response) => {
        if (!response.ok) {
          throw new Error(`search index: HTTP ${response.status}`);
        }
        return response.json();
      })
      .then((data) => data.items.map(prepare));
    return index;
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
      browse.hidden = false;
      status.textContent = "";
      return;
    }

    let items;
    try {
      items = await load();
    } catch {
      index = null;
      status.textContent = "Search is unavailable just now; everything is listed below.";
      return;
    }
    if (input.value.trim() !== query) {
      return; // a newer keystroke has taken over
    }

    const found = search(items, query);
    results.replaceChildren(...found.slice(0, MAX_RESULTS).map(render));
    results.hidden = found.length === 0;
    browse.hidden = found.length > 0;
    status.textContent =
      found.length === 0
        ? `No results for “${query}”.`
        : found.length > MAX_RESULTS
          ? `${found.length} results for “${query}”; the first ${MAX_RESULTS} are shown.`
          : `${found.length} ${found.length === 1 ? "result" : "results"} for “${query}”.`;
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

  form.hidden = false;
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
}

function normalise(text) {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function prepare(item) {
  const fields = {};
  for (const [key] of FIELDS) {
    const value = item[key];
    fields[key] = normalise(Array.isArray(value) ? value.join(" · ") : value ?? "");
  }
  return { item, fields };
}

function search(items, query) {
  const terms = normalise(query).split(/\s+/).filter(Boolean);
  const scored = [];
  items.forEach(({ item, fields }, order) => {
    let score = 0;
    for (const term of terms) {
      let best = 0;
      for (const [key, weight] of FIELDS) {
        const at = fields[key].indexOf(term);
        if (at >= 0) {
          const wordStart = at === 0 || /[\s\p{P}]/u.test(fields[key][at - 1]);
          best = Math.max(best, wordStart ? weight * 1.5 : weight);
        }
      }
      if (best === 0) {
        return; // every term must match somewhere
      }
      score += best;
    }
    scored.push({ item, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((entry) => entry.item);
}

function render(item) {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = item.u;
  link.textContent = item.t;
  const kind = document.createElement("span");
  kind.className = "result-kind";
  kind.textContent = item.k;
  li.append(kind, " ", link);
  if (item.s) {
    const summary = document.createElement("p");
    summary.textContent = item.s;
    li.append(summary);
  }
  return li;
}
