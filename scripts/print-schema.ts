import { writeFileSync } from 'node:fs';
import { printSchemaSdl } from '../src/schema/print.js';

const file = new URL('../schema.graphql', import.meta.url);
writeFileSync(file, printSchemaSdl());
console.log(`wrote ${file.pathname}`);
