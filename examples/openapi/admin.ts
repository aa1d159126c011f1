// Drives the admin API through a client generated from /__admin/openapi.json (openapi-typescript types,
// openapi-fetch calls): tsc checks every path, parameter and body below against the description.
import createClient from 'openapi-fetch';
import type { paths } from './generated/admin-api.js';

declare const process: { argv: string[] }; // Node's, without @types/node

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error('usage: node build/admin.js <emulator base URL>');
const admin = createClient<paths>({ baseUrl });

function check<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  console.log(`${what}: ${result.response.status}`);
  return result.data;
}

check('reset', await admin.POST('/__admin/reset', {}));
const before = check('clock', await admin.GET('/__admin/clock'));
const after = check('advance P1D', await admin.POST('/__admin/clock/advance', { body: { duration: 'P1D' } }));
const moved = Date.parse(after.now) - Date.parse(before.now);
if (moved < 86_400_000) throw new Error(`the clock moved ${moved} ms, not a day`);

const rule = check('add fault', await admin.POST('/__admin/faults', {
  body: { match: { store: 'catappult' }, response: { status: 503 }, times: 2 },
}));
const listed = check('list faults', await admin.GET('/__admin/faults'));
if (!listed.faults.some((f) => f.id === rule.id)) throw new Error(`fault ${rule.id} not listed`);
check('remove fault', await admin.DELETE('/__admin/faults/{id}', { params: { path: { id: rule.id } } }));
const left = check('list faults', await admin.GET('/__admin/faults'));
if (left.faults.length !== 0) throw new Error(`faults left: ${JSON.stringify(left.faults)}`);

// ONE store's worlds are literal paths in the description: a typed call per environment.
const sandbox = check('onestore sandbox purchases', await admin.GET('/__admin/onestore/sandbox/purchases'));
console.log(`sandbox purchases: ${sandbox.purchases.length}`);
check('reset', await admin.POST('/__admin/reset', {}));
