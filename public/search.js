// Starts the Pagefind UI on the search page; settings come from data attributes (no inline script, for the CSP).
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('recherche');
  if (!el || typeof window.PagefindUI !== 'function') return;
  new window.PagefindUI({
    element: '#recherche',
    bundlePath: el.dataset.bundle,
    baseUrl: el.dataset.base,
    showImages: false,
    resetStyles: false,
    translations: {
      placeholder: 'Rechercher dans les articles',
      clear_search: 'Effacer',
      load_more: 'Plus de résultats',
      search_label: 'Rechercher sur Kiosque',
      zero_results: 'Aucun résultat pour [SEARCH_TERM]',
      many_results: '[COUNT] résultats pour [SEARCH_TERM]',
      one_result: '1 résultat pour [SEARCH_TERM]',
      searching: 'Recherche de [SEARCH_TERM]…',
    },
  });
});
