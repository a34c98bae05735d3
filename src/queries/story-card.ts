/** Limits of a story card on the home page. */

/** Other articles listed under a lead on a card; the story page lists them all. */
export const MAX_CARD_OTHERS = 3;

/** Stories per home page. */
export const HOME_PAGE_SIZE = 20;
/** Where the home's pages after the first live ("page/2/", …): a bare "404/" would be the site's 404 page. */
export const HOME_PAGES = 'page/';

/** The `[...page]` param of the home's page from paginate()'s param (undefined for page 1, "2", "3"…). */
export function homePageParam(param: string | undefined): string | undefined {
  return param === undefined ? undefined : `${HOME_PAGES}${param}`;
}

/** The home's page number from its `[...page]` param (see homePageParam). */
export function homePageNumber(param: string | undefined): string | undefined {
  return param === undefined ? undefined : param.slice(HOME_PAGES.length);
}
