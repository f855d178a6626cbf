import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

// The heavy test and bench peers (both gateways, the Apollo peer) keep their own package.json and lock here,
// so that the root `npm ci` stays lean; whoever needs them calls ensurePeers() before importing from peers/.
// Only node: built-ins in this file: it runs before peers/node_modules exists.

const peers = fileURLToPath(new URL('.', import.meta.url));
const lockPath = `${peers}package-lock.json`;
const stampPath = `${peers}node_modules/.installed-from-lock`;
// Held while `npm ci` runs; its content is the installer's pid, so a crashed installer's lock can be taken over.
const installLockPath = `${peers}.install.lock`;
const POLL_MS = 250;

/** `npm ci` in peers/; its output goes to the terminal when run as a script, else into the error if it fails. */
async function npmCi(stdio: 'inherit' | 'pipe'): Promise<void> {
  const child = spawn('npm', ['ci', '--prefix', peers, '--no-audit', '--no-fund'], { stdio: ['ignore', stdio, stdio] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`npm ci --prefix peers failed (exit ${code}): ${output}`);
}

const wantedStamp = () => createHash('sha256').update(readFileSync(lockPath)).digest('hex');

function installed(): boolean {
  try {
    return readFileSync(stampPath, 'utf8') === wantedStamp();
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the install lock, or answers false while a live process holds it (and removes a dead one's). */
async function tryLock(): Promise<boolean> {
  try {
    const handle = await open(installLockPath, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(await readFile(installLockPath, 'utf8').catch(() => ''));
  // An empty file is a holder between creating it and writing its pid: wait for it like any live one.
  if (Number.isInteger(holder) && holder > 0 && !alive(holder)) await rm(installLockPath, { force: true });
  return false;
}

/**
 * Installs peers/node_modules with `npm ci` unless it already matches peers/package-lock.json. Safe to call
 * from several processes at once (test files in parallel, the bench, a second run): one installs, the others
 * wait for it.
 */
export async function ensurePeers({ stdio = 'pipe' }: { stdio?: 'inherit' | 'pipe' } = {}): Promise<void> {
  while (!installed()) {
    if (!(await tryLock())) {
      await sleep(POLL_MS);
      continue;
    }
    try {
      if (installed()) return;
      const stamp = wantedStamp();
      await npmCi(stdio);
      writeFileSync(stampPath, stamp);
    } finally {
      await rm(installLockPath, { force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensurePeers({ stdio: 'inherit' });
