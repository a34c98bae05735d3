/** Limits of a story card on the home page. */

/** Other articles listed under a lead on a card; the story page lists them all. */
export const MAX_CARD_OTHERS = 3;

/** Stories per home page. */
export const HOME_PAGE_SIZE = 20;
