import { ensurePeers } from '../../peers/install.js';

/** A gateway process started for a test, as both peers' starters answer. */
export interface RunningGateway {
  url: string;
  stop(): Promise<unknown>;
}

/** How long loading may take: room for a fresh install of peers/ (and the first load of what it installed) on a busy machine. */
export const LOAD_GATEWAYS_TIMEOUT_MS = 600_000;

/**
 * The starters of @apollo/gateway and Hive Gateway. The gateways live in peers/ with an install of their
 * own, made here on first use.
 */
export async function loadGateways() {
  await ensurePeers();
  const [{ startGateway }, { startHiveGateway }] = await Promise.all([import('../../peers/gateway.js'), import('../../peers/hive-gateway.js')]);
  return { startGateway, startHiveGateway };
}
