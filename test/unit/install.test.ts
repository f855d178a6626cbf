import { existsSync, readFileSync } from 'node:fs';
import semver from 'semver';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePeers } from '../../peers/install.js';

const root = new URL('../..', import.meta.url).pathname;
const read = (file: string) => JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as Record<string, unknown>;

interface LockEntry {
  hasInstallScript?: boolean;
  engines?: { node?: string };
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** What `npm ci` put on disk in `dir` (the lock also lists other platforms' packages, which it skips). */
function installedIn(dir: string) {
  const manifest = read(`${dir}package.json`) as { allowScripts?: Record<string, boolean> };
  const lock = read(`${dir}package-lock.json`) as { packages: Record<string, LockEntry> };
  const installed = Object.entries(lock.packages).filter(([path]) => path !== '' && existsSync(`${root}${dir}${path}`));
  return { allowScripts: manifest.allowScripts ?? {}, installed };
}

// The peers' install is checked as installed, so it is made here if missing; the timeout leaves room for a
// fresh install on a busy machine.
beforeAll(() => ensurePeers(), 600_000);

describe.each([
  { install: 'the root npm ci', dir: '' },
  { install: "peers/' npm ci", dir: 'peers/' },
])('$install is quiet', ({ dir }) => {
  it("covers every dependency's install script in allowScripts, so npm prints no install-script notice", () => {
    const { allowScripts, installed } = installedIn(dir);
    const withScripts = installed.filter(([, entry]) => entry.hasInstallScript).map(([path]) => nameOf(path));

    expect(withScripts.filter((name) => !(name in allowScripts))).toEqual([]);
  });

  it('installs nothing whose engines exclude this Node, so npm prints no EBADENGINE', () => {
    const excluded = installedIn(dir)
      .installed.filter(([, entry]) => entry.engines?.node && !semver.satisfies(process.version, entry.engines.node, { includePrerelease: true }))
      .map(([path, entry]) => `${nameOf(path)} (node ${entry.engines?.node})`);

    expect(excluded).toEqual([]);
  });
});
