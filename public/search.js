// Starts the Pagefind UI on the search page: outlet and month filters, outlet and date under each
// result, sorting by relevance or date. Settings come from data attributes (no inline script, for the CSP).
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('recherche');
  const sortSelect = document.getElementById('tri');
  if (!el || typeof window.PagefindUI !== 'function') return;
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  /** "2025-12-01" → "1er décembre 2025"; anything else as it is. */
  const frenchDay = (iso) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) return iso;
    const d = Number(m[3]);
    return `${d === 1 ? '1er' : d} ${months[Number(m[2]) - 1]} ${m[1]}`;
  };
  // The sort and the term live in the address (?tri=date&q=…): changing the sort reloads the page with
  // them instead of destroying the running UI, whose shared worker would reject a search still in flight.
  const params = new URLSearchParams(window.location.search);
  if (sortSelect && params.get('tri') === 'date') sortSelect.value = 'date';
  let term = params.get('q') || '';
  /** A large site's index comes in parts (pagefind/parts.json lists the others): the search merges them. */
  const parts = () =>
    fetch(`${el.dataset.bundle}parts.json`)
      .then((r) => (r.ok ? r.json() : { parts: [] }))
      .then((j) => (Array.isArray(j.parts) ? j.parts.filter((p) => typeof p === 'string' && /^[\w-]+\/$/.test(p)) : []))
      .catch(() => []);
  const start = (others) => {
    const sort = sortSelect && sortSelect.value === 'date' ? { date: 'desc' } : undefined;
    const ui = new window.PagefindUI({
      element: '#recherche',
      bundlePath: el.dataset.bundle,
      baseUrl: el.dataset.base,
      mergeIndex: others.map((p) => ({ bundlePath: `${el.dataset.bundle}${p}`, baseUrl: el.dataset.base })),
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      // The outlet filter starts open where it sits beside the results, closed on phones (above them).
      openFilters: window.matchMedia('(min-width: 48rem)').matches ? ['source'] : [],
      ...(sort ? { sort } : {}),
      // Result tags: "Source : Le Monde", "Date : 1er décembre 2025" (the index keeps ISO days).
      processResult: (result) => {
        const meta = result.meta || {};
        const shown = { title: meta.title };
        if (meta.source) shown['Source'] = meta.source;
        if (meta.date) shown['Date'] = frenchDay(meta.date);
        result.meta = shown;
        return result;
      },
      translations: {
        placeholder: 'Rechercher dans les articles',
        clear_search: 'Effacer',
        load_more: 'Plus de résultats',
        search_label: 'Rechercher sur Kiosque',
        filters_label: 'Filtres',
        zero_results: 'Aucun résultat pour [SEARCH_TERM]',
        many_results: '[COUNT] résultats pour [SEARCH_TERM]',
        one_result: '1 résultat pour [SEARCH_TERM]',
        alt_search: 'Aucun résultat pour [SEARCH_TERM] ; résultats pour [DIFFERENT_TERM]',
        search_suggestion: 'Aucun résultat pour [SEARCH_TERM] ; essayez :',
        searching: 'Recherche de [SEARCH_TERM]…',
      },
    });
    labelInput();
    if (term) ui.triggerSearch(term);
  };
  /** The input gets a real label (axe: a title alone is not one), and its term is kept across restarts. */
  const labelInput = () => {
    const input = el.querySelector('input.pagefind-ui__search-input');
    if (!input) return;
    if (!input.id) input.id = 'recherche-texte';
    const label = document.getElementById('recherche-label');
    if (label) label.htmlFor = input.id;
    input.addEventListener('input', () => {
      term = input.value;
    });
  };
  parts().then(start);
  if (sortSelect) {
    sortSelect.addEventListener('change', () => {
      const next = new URLSearchParams();
      if (sortSelect.value === 'date') next.set('tri', 'date');
      if (term) next.set('q', term);
      const query = next.toString();
      window.location.assign(window.location.pathname + (query ? `?${query}` : ''));
    });
  }
});
