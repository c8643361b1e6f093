import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { iconPaths } from './icon-paths';

const srcDir = fileURLToPath(new URL('..', import.meta.url));
// a name stands alone ('mdi-x', icon="mdi-x"), unlike the import path 'vuetify/iconsets/mdi-svg'
const ICON_NAME = /(?<![/\w-])mdi-[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Every 'mdi-*' name written in the client's sources, outside the icon table itself. */
function namesUsed(): Set<string> {
  const names = new Set<string>();
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(vue|ts)$/.test(f) && !/icon-paths(\.spec)?\.ts$/.test(f),
  );
  for (const file of files) {
    for (const name of readFileSync(join(srcDir, file), 'utf8').match(ICON_NAME) ?? [])
      names.add(name);
  }
  return names;
}

describe('icon table', () => {
  const used = namesUsed();

  it('draws every icon name the templates use', () => {
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((name) => !(name in iconPaths))).toEqual([]);
  });

  it('ships no icon that nothing uses', () => {
    expect(Object.keys(iconPaths).filter((name) => !used.has(name))).toEqual([]);
  });

  it('holds SVG path data for each name', () => {
    for (const path of Object.values(iconPaths)) expect(path).toMatch(/^M[\d.,\sA-Za-z-]+$/);
  });
});
