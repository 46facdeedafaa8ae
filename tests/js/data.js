// Where the evaluation data lives (../shared/data beside the repository, or
// NEWSLENS_DATA). Tests that use it skip with this message when it is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = process.env.NEWSLENS_DATA ?? fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** The path of `relative` under the data folder, or null when it is absent. */
export function dataPath(relative) {
  const path = `${DATA_DIR.replace(/\/$/, '')}/${relative}`;
  return existsSync(path) ? path : null;
}

export const skipMessage = (relative) => `evaluation data ${DATA_DIR}${relative} is absent (set NEWSLENS_DATA)`;
