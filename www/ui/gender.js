// How the core's counts by gender ({ female, male, unknown }) read on screen:
// women's share of those whose gender is known, the figure the Gender Gap
// Tracker publishes.
import { formatNumber } from './dom.js';

/** Women's part, in per cent, of `counts` whose gender is known; null when none is. */
export const womenShare = (counts) => (counts.female + counts.male ? (100 * counts.female) / (counts.female + counts.male) : null);

/** `womenShare(counts)` as text: "42%", or "–" when no gender is known. */
export const womenShareText = (counts) => (womenShare(counts) === null ? '–' : `${formatNumber(womenShare(counts), 0)}%`);
