import { existsSync, readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const read = (file: string) => JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as Record<string, unknown>;

interface LockEntry {
  hasInstallScript?: boolean;
  engines?: { node?: string };
}

const manifest = read('package.json') as { allowScripts?: Record<string, boolean> };
const lock = read('package-lock.json') as { packages: Record<string, LockEntry> };
const installed = Object.entries(lock.packages).filter(([path]) => path !== '' && existsSync(`${root}${path}`));
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('a fresh npm ci is quiet', () => {
  it("covers every dependency's install script in allowScripts, so npm prints no install-script notice", () => {
    const withScripts = installed.filter(([, entry]) => entry.hasInstallScript).map(([path]) => nameOf(path));

    expect(withScripts.filter((name) => !(name in (manifest.allowScripts ?? {})))).toEqual([]);
  });

  it('installs nothing whose engines exclude this Node, so npm prints no EBADENGINE', () => {
    const excluded = installed
      .filter(([, entry]) => entry.engines?.node && !semver.satisfies(process.version, entry.engines.node, { includePrerelease: true }))
      .map(([path, entry]) => `${nameOf(path)} (node ${entry.engines?.node})`);

    expect(excluded).toEqual([]);
  });
});
