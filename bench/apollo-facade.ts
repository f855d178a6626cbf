import { readFileSync } from 'node:fs';
import { startApolloFacade } from '../peers/apollo-facade.js';
import { fitsRequestLine } from './rest-shape.js';

// The Apollo peer's process (peers/apollo-facade.ts, installed by ensurePeers before the bench starts it),
// serving the project's schema with the bench's request-line rule.

const upstreamUrl = process.env['UPSTREAM_URL']?.replace(/\/+$/, '');
const port = Number(process.env['PORT']);
if (!upstreamUrl || !Number.isInteger(port)) throw new Error('UPSTREAM_URL and PORT are required');

await startApolloFacade({ upstreamUrl, port, sdl: readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'), fitsRequestLine });
