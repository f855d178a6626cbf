import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CLIENT_DIR, generateClient } from './client-codegen.js';

// `npm run codegen`: rewrites client/generated/ from client/operations/ (a test fails while it is stale).
const files = await generateClient();
const generated = new URL('generated/', CLIENT_DIR);
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });
for (const [name, content] of files) writeFileSync(new URL(name, CLIENT_DIR), content);
console.log(`wrote ${[...files.keys()].map((name) => `client/${name}`).join(', ')}`);
