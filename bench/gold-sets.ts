/**
 * The scored article sets with their gold files: seeds/ with fixtures/gold/,
 * fixtures/dev/ and the held-out sets fixtures/blind/ and fixtures/holdout{,3,4,5,6,7,7b}/. A missing folder is an
 * empty set. Shared by `npm run eval` and `npm run compare-dates`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldFile } from './score.js';

/** The project root, from the compiled file (dist/bench/*.js) or the source. */
export const PROJECT_ROOT = join(fileURLToPath(import.meta.url), '..', '..', ...(import.meta.url.includes('/dist/') ? ['..'] : []));

export const SET_NAMES = ['seeds', 'dev', 'blind', 'holdout', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout7b'] as const;
export type SetName = (typeof SET_NAMES)[number];

const SET_DIRS: Record<SetName, { goldDir: string; textDir: string }> = {
  seeds: { goldDir: 'fixtures/gold', textDir: 'seeds' },
  dev: { goldDir: 'fixtures/dev', textDir: 'fixtures/dev' },
  blind: { goldDir: 'fixtures/blind', textDir: 'fixtures/blind' },
  holdout: { goldDir: 'fixtures/holdout', textDir: 'fixtures/holdout' },
  holdout3: { goldDir: 'fixtures/holdout3', textDir: 'fixtures/holdout3' },
  holdout4: { goldDir: 'fixtures/holdout4', textDir: 'fixtures/holdout4' },
  holdout5: { goldDir: 'fixtures/holdout5', textDir: 'fixtures/holdout5' },
  holdout6: { goldDir: 'fixtures/holdout6', textDir: 'fixtures/holdout6' },
  holdout7: { goldDir: 'fixtures/holdout7', textDir: 'fixtures/holdout7' },
  holdout7b: { goldDir: 'fixtures/holdout7b', textDir: 'fixtures/holdout7b' },
};

export interface GoldArticle {
  set: SetName;
  textPath: string;
  text: string;
  gold: GoldFile;
}

export function loadGoldArticles(root = PROJECT_ROOT): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const set of SET_NAMES) {
    const goldDir = join(root, SET_DIRS[set].goldDir);
    if (!existsSync(goldDir)) continue;
    for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
      const textPath = join(root, SET_DIRS[set].textDir, basename(f, '.json') + '.txt');
      if (!existsSync(textPath)) continue;
      out.push({ set, textPath, text: readFileSync(textPath, 'utf8'), gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) });
    }
  }
  return out;
}
