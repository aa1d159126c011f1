// The store emulator's dashboard: a client of the admin API (/__admin), nothing more. Every value from the
// emulator is rendered as text (textContent, never innerHTML); no inline handlers; the CSP allows this file only.
'use strict';
(() => {
  const API = '/__admin';
  const TOKEN_KEY = 'storeEmulatorAdminToken';
  const MAX_REQUESTS = 1000;
  const $ = (id) => document.getElementById(id);

  /** An element with properties and children; strings become text nodes. */
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) throw new Error('no inline handlers');
      if (k === 'class') e.className = v;
      else e[k] = v;
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const json = (v) => JSON.stringify(v, null, 2);
  const compact = (v) => (v === undefined ? '' : JSON.stringify(v));

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  function headers() {
    const h = {};
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) h['X-Store-Emulator-Admin-Token'] = token;
    return h;
  }

  /** One admin call; a JSON body is sent as application/json, as the API requires. */
  async function api(method, path, body) {
    const init = { method, headers: headers(), cache: 'no-store', credentials: 'omit' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const r = await fetch(API + path, init);
    const text = await r.text();
    let answer = null;
    try {
      answer = text ? JSON.parse(text) : null;
    } catch (_) {
      answer = null;
    }
    if (r.status === 401) askToken(answer && answer.message);
    if (!r.ok) throw new ApiError(r.status, (answer && answer.message) || text || r.statusText);
    return answer;
  }

  function say(text, bad) {
    const m = $('message');
    m.textContent = text;
    m.className = bad ? 'message bad' : 'message';
    m.hidden = false;
    clearTimeout(say.timer);
    say.timer = setTimeout(() => { m.hidden = true; }, bad ? 8000 : 3000);
  }

  async function attempt(what, call) {
    try {
      const r = await call();
      if (what) say(what);
      return r;
    } catch (e) {
      say((e.status ? e.status + ': ' : '') + e.message, true);
      return undefined;
    }
  }

  function askToken(why) {
    $('token-form').hidden = false;
    if (why) say(why, true);
  }

  $('token-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token-input').value);
    $('token-input').value = '';
    $('token-form').hidden = true;
    restartStream();
    showView();
  });

  // ---- views -------------------------------------------------------------------------------------------------
  const loaders = {};

  function showView() {
    const name = (location.hash || '#requests').slice(1);
    const view = loaders[name] ? name : 'requests';
    document.querySelectorAll('.view').forEach((s) => { s.hidden = s.id !== 'view-' + view; });
    document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === view));
    loaders[view]();
  }
  window.addEventListener('hashchange', showView);

  // ---- health and clock badge --------------------------------------------------------------------------------
  let health = null;

  async function pollHealth() {
    try {
      health = await api('GET', '/health');
      $('status').textContent = health.status;
      $('status').className = 'badge ok';
      $('clock-badge').textContent = 'clock ' + health.clock + (health.clockFrozen ? ' (frozen)' : '');
      fillStores();
    } catch (e) {
      $('status').textContent = e.status ? 'error ' + e.status : 'unreachable';
      $('status').className = 'badge bad';
    }
  }

  function fillStores() {
    const select = $('req-store');
    if (select.options.length > 1) return;
    for (const s of health.stores) select.append(el('option', { value: s }, s));
  }

  // ---- requests ----------------------------------------------------------------------------------------------
  let requests = [];
  let lastId = 0;
  let stream = null;
  let renderQueued = false;

  loaders.requests = async () => {
    if (stream) return;
    const page = await attempt(null, () => api('GET', '/requests?limit=500'));
    if (!page) return;
    requests = page.requests;
    lastId = page.recorded;
    render();
    follow();
  };

  function restartStream() {
    if (stream) stream.abort();
    stream = null;
  }

  /** Follows /requests/stream with fetch (an EventSource could not send the token), reconnecting from lastId. */
  async function follow() {
    const controller = new AbortController();
    stream = controller;
    while (stream === controller) {
      try {
        const r = await fetch(API + '/requests/stream?after=' + lastId, {
          headers: { ...headers(), Accept: 'text/event-stream' },
          cache: 'no-store',
          credentials: 'omit',
          signal: controller.signal,
        });
        if (r.status === 401) {
          askToken('The journal stream needs the admin token.');
          break;
        }
        if (!r.ok) throw new Error('stream answered ' + r.status);
        live(true);
        await readEvents(r.body.getReader(), (event, data) => {
          if (event === 'request') add(JSON.parse(data));
        });
      } catch (e) {
        if (controller.signal.aborted) return;
      }
      live(false);
      await new Promise((done) => setTimeout(done, 1000));
    }
    if (stream === controller) stream = null;
  }

  async function readEvents(reader, onEvent) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length) onEvent(event, data.join('\n'));
      }
    }
  }

  function live(on) {
    $('req-live').textContent = on ? 'live' : 'reconnecting…';
    $('req-live').className = on ? 'badge ok' : 'badge warn';
  }

  function add(entry) {
    if (entry.id <= lastId) return;
    lastId = entry.id;
    requests.unshift(entry);
    if (requests.length > MAX_REQUESTS) requests.length = MAX_REQUESTS;
    if (!renderQueued) {
      renderQueued = true;
      setTimeout(() => { renderQueued = false; render(); }, 50);
    }
  }

  function matches(e) {
    const store = $('req-store').value;
    const op = $('req-operation').value.trim();
    const status = $('req-status').value.trim().toLowerCase();
    const token = $('req-token').value.trim();
    if (store && e.store !== store) return false;
    if (op && !(e.operation || '').includes(op)) return false;
    if (token && !(e.token || '').includes(token)) return false;
    if (status) {
      const s = String(e.status);
      if (/^[1-5]xx$/.test(status) ? s[0] !== status[0] : s !== status) return false;
    }
    return true;
  }

  const open = new Set();

  function render() {
    const body = $('req-table').tBodies[0];
    const shown = requests.filter(matches);
    body.replaceChildren(...shown.flatMap(requestRows));
    $('req-empty').hidden = shown.length > 0;
    $('req-count').textContent = shown.length + ' of ' + requests.length + ' shown';
  }

  function requestRows(e) {
    const line = e.method + ' ' + e.path + (e.query ? '?' + e.query : '');
    const status = el('td', { class: 'status-' + String(e.status)[0] }, String(e.status));
    if (e.fault) status.append(' ', el('span', { class: 'badge warn', title: 'fired fault' }, 'fault ' + e.fault));
    if (e.hint) status.append(el('span', { class: 'hint' }, e.hint));
    const row = el(
      'tr', { class: 'row' },
      el('td', null, String(e.id)),
      el('td', null, (e.virtualTime || '').replace('T', ' ').replace(/\.\d+Z$/, 'Z')),
      el('td', null, e.store),
      el('td', null, e.operation),
      el('td', { class: 'path' }, line),
      status,
      el('td', null, e.latencyMs === undefined ? '' : e.latencyMs.toFixed(1)),
      el('td', { class: 'path' }, e.token || ''),
    );
    row.addEventListener('click', () => {
      if (open.has(e.id)) open.delete(e.id); else open.add(e.id);
      render();
    });
    if (!open.has(e.id)) return [row];
    return [row, el('tr', { class: 'detail' }, el('td', { colSpan: 8 }, detailOf(e)))];
  }

  const wire = new Map(); // id -> the call's detail (request and answer), fetched once

  function detailOf(e) {
    const box = el('div', null, el('pre', { class: 'json' }, json(e)));
    const known = wire.get(e.id);
    if (known) {
      box.replaceChildren(...side('Request', known.request), ...side('Answer', known.response),
        el('pre', { class: 'json' }, json(e)));
    } else if (known === undefined) {
      wire.set(e.id, null);
      api('GET', '/requests/' + e.id)
        .then((d) => { wire.set(e.id, d); render(); })
        .catch(() => { wire.set(e.id, false); });
    }
    return box;
  }

  function side(title, m) {
    if (!m) return [];
    const head = Object.entries(m.headers || {}).map(([k, v]) => k + ': ' + v).join('\n');
    return [el('h2', null, title, m.truncated ? el('span', { class: 'muted' }, ' (body cut)') : null),
      el('pre', { class: 'json' }, head + (m.body ? '\n\n' + m.body : ''))];
  }

  for (const id of ['req-store', 'req-operation', 'req-status', 'req-token']) {
    $(id).addEventListener('input', render);
    $(id).addEventListener('change', render);
  }
  $('req-clear').addEventListener('click', async () => {
    if (await attempt('Journal cleared.', () => api('DELETE', '/requests'))) {
      requests = [];
      render();
    }
  });

  // ---- world -------------------------------------------------------------------------------------------------
  let collections = null; // from the OpenAPI description: [{store, path, item, param, name, summary, actions}]
  let worldStore = null;

  async function describe() {
    if (collections) return collections;
    const doc = await api('GET', '/openapi.json');
    const paths = doc.paths;
    const found = [];
    for (const [path, ops] of Object.entries(paths)) {
      if (!ops.get || !/\.list$/.test(ops.get.operationId || '')) continue;
      const item = Object.keys(paths).find((p) => p.startsWith(path + '/{') && p.indexOf('/', path.length + 1) < 0);
      if (!item) continue;
      const param = item.slice(path.length + 2, -1);
      const actions = Object.keys(paths)
        .filter((p) => p.startsWith(item + '/') && paths[p].post && p.indexOf('/', item.length + 1) < 0)
        .map((p) => ({ name: p.slice(item.length + 1), summary: paths[p].post.summary || '' }));
      found.push({
        store: (ops.get.tags || ['?'])[0],
        path: path.slice(API.length),
        item: item.slice(API.length),
        param,
        name: path.split('/').slice(3).join(' / '), // /__admin/<store>/<…>: 'purchases', 'sandbox / recurring'
        summary: ops.get.summary || '',
        actions,
      });
    }
    collections = found;
    return found;
  }

  loaders.world = async () => {
    const all = await attempt(null, describe);
    if (!all) return;
    const stores = [...new Set(all.map((c) => c.store))];
    if (!worldStore || !stores.includes(worldStore)) worldStore = stores[0];
    $('world-stores').replaceChildren(...stores.map((s) => {
      const b = el('button', { type: 'button', class: s === worldStore ? 'active' : '' }, s);
      b.addEventListener('click', () => { worldStore = s; loaders.world(); });
      return b;
    }));
    const mine = all.filter((c) => c.store === worldStore);
    $('world-env').parentElement.hidden = !mine.some((c) => c.path.includes('{environment}'));
    const sections = await Promise.all(mine.map(collectionSection));
    $('world-body').replaceChildren(...sections);
  };

  function expand(path) {
    return path.replace('{environment}', encodeURIComponent($('world-env').value));
  }

  const PAGE = 200; // entries per page of a listing: a world of a million purchases stays browsable

  async function collectionSection(c) {
    const title = el('h2', null, c.name, ' ', el('span', { class: 'muted' }, c.summary));
    const page = (after) => api('GET', expand(c.path) + '?limit=' + PAGE
      + (after ? '&after=' + encodeURIComponent(after) : ''));
    let listing;
    try {
      listing = await page(null);
    } catch (e) {
      return el('div', null, title, el('p', { class: 'empty' }, e.message));
    }
    const rowsOf = (l) => {
      const states = l.states || {};
      return (Object.values(l).find(Array.isArray) || []).map((entry) => entryRow(c, entry, states[String(entry[c.param])]));
    };
    const rows = rowsOf(listing);
    if (!rows.length) return el('div', null, title, el('p', { class: 'empty' }, 'None.'));
    const body = el('tbody', null, rows);
    const shown = el('span', { class: 'muted shown' });
    const more = el('button', { type: 'button', class: 'action more' }, 'more');
    let next = listing.next;
    const update = () => {
      shown.textContent = body.rows.length + ' of ' + listing.total + ' ';
      more.hidden = !next;
    };
    more.addEventListener('click', async () => {
      const l = await attempt(null, () => page(next));
      if (!l) return;
      body.append(...rowsOf(l));
      next = l.next;
      listing = l;
      update();
    });
    update();
    return el('div', { class: 'collection' }, title, el('table', null,
      el('thead', null, el('tr', null, el('th', null, c.param), el('th', null, 'state'), el('th', null, 'actions'))),
      body), el('p', { class: 'paging' }, shown, more));
  }

  function entryRow(c, entry, state) {
    const id = String(entry[c.param]);
    const now = state ? [el('span', { class: 'badge state', title: 'state now' }, state), ' '] : [];
    const fields = now.concat(Object.entries(entry)
      .filter(([k, v]) => k !== c.param && v !== null && typeof v !== 'object')
      .map(([k, v]) => (v === true ? el('span', { class: 'badge warn' }, k) : el('span', null, k + ': ' + v + '  '))));
    const details = el('pre', { class: 'json', hidden: true }, json(entry));
    const more = el('button', { type: 'button', class: 'action' }, 'details');
    more.addEventListener('click', () => { details.hidden = !details.hidden; });
    const buttons = c.actions.map((a) => {
      const b = el('button', { type: 'button', class: 'action', title: a.summary, value: a.name }, a.name);
      b.dataset.entry = id;
      b.addEventListener('click', async () => {
        const path = expand(c.item).replace('{' + c.param + '}', encodeURIComponent(id)) + '/' + a.name;
        if (await attempt(a.name + ' ' + id + ': done.', () => api('POST', path))) loaders.world();
      });
      return b;
    });
    return el('tr', { class: 'entry' }, el('td', { class: 'path' }, id),
      el('td', null, el('div', null, fields), details), el('td', null, buttons, more));
  }

  $('world-env').addEventListener('change', () => loaders.world());
  $('world-refresh').addEventListener('click', () => loaders.world());
  $('world-reset').addEventListener('click', async () => {
    if (await attempt('Back to the fixtures.', () => api('POST', '/reset'))) loaders.world();
  });

  // ---- clock -------------------------------------------------------------------------------------------------
  const PRESETS = [['+1 hour', 'PT1H'], ['+1 day', 'P1D'], ['+3 days', 'P3D'], ['+7 days', 'P7D'],
    ['+31 days', 'P31D'], ['+1 year', 'P365D']];

  loaders.clock = async () => {
    const c = await attempt(null, () => api('GET', '/clock'));
    if (!c) return;
    $('clock-now').textContent = c.now;
    $('clock-frozen').textContent = c.frozen ? 'frozen' : 'running';
    $('clock-frozen').className = c.frozen ? 'badge' : 'badge ok';
  };

  async function moveClock(what, call) {
    if (await attempt(what, call)) {
      loaders.clock();
      pollHealth();
    }
  }

  $('clock-presets').replaceChildren(...PRESETS.map(([label, duration]) => {
    const b = el('button', { type: 'button', value: duration }, label);
    b.addEventListener('click', () => moveClock('Clock moved ' + duration + '.',
      () => api('POST', '/clock/advance', { duration })));
    return b;
  }));
  $('clock-advance').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const duration = $('clock-duration').value.trim();
    moveClock('Clock moved ' + duration + '.', () => api('POST', '/clock/advance', { duration }));
  });
  $('clock-set').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const now = $('clock-instant').value.trim();
    moveClock('Clock set.', () => api('PUT', '/clock', { now, frozen: $('clock-set-frozen').checked }));
  });
  $('clock-freeze').addEventListener('click', () => moveClock('Clock frozen.', () => api('POST', '/clock/freeze')));
  $('clock-unfreeze').addEventListener('click', () => moveClock('Clock running.', () => api('POST', '/clock/unfreeze')));

  // ---- faults ------------------------------------------------------------------------------------------------
  const EFFECTS = ['response', 'delay', 'connection', 'body', 'dribble', 'quota', 'delivery'];
  const LIMITS = ['times', 'probability', 'seed', 'ttl', 'priority', 'after'];

  function presets(store) {
    const match = { store };
    return [
      [store + ': 503 once', { match, response: { status: 503 }, times: 1 }],
      [store + ': 429 twice', { match, response: { status: 429 }, times: 2 }],
      [store + ': 500, 30 %', { match, response: { status: 500 }, probability: 0.3, seed: 1 }],
      [store + ': 2 s late', { match, delay: { fixed: 'PT2S' }, times: 5 }],
      [store + ': connection reset', { match, connection: 'reset', times: 1 }],
    ];
  }

  loaders.faults = async () => {
    if (!health) await pollHealth();
    if (health) {
      $('fault-presets').replaceChildren(...health.stores.flatMap(presets).map(([label, rule]) => {
        const b = el('button', { type: 'button', class: 'action' }, label);
        b.addEventListener('click', () => { $('fault-json').value = compact(rule); });
        return b;
      }));
    }
    const list = await attempt(null, () => api('GET', '/faults'));
    if (!list) return;
    $('fault-table').tBodies[0].replaceChildren(...list.faults.map((f) => {
      const remove = el('button', { type: 'button', class: 'action', value: f.id }, 'remove');
      remove.addEventListener('click', async () => {
        if (await attempt('Rule ' + f.id + ' removed.', () => api('DELETE', '/faults/' + encodeURIComponent(f.id)))) {
          loaders.faults();
        }
      });
      const pick = (keys) => compact(Object.fromEntries(keys.filter((k) => f[k] !== undefined && f[k] !== null)
        .map((k) => [k, f[k]])));
      return el('tr', { class: 'fault' }, el('td', null, f.id), el('td', { class: 'path' }, compact(f.match)),
        el('td', { class: 'path' }, pick(EFFECTS)), el('td', { class: 'path' }, pick(LIMITS)),
        el('td', null, String(f.matched)), el('td', null, String(f.fired)), el('td', null, remove));
    }));
    $('fault-empty').hidden = list.faults.length > 0;
  };

  $('fault-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    let rule;
    try {
      rule = JSON.parse($('fault-json').value);
    } catch (e) {
      say('Not JSON: ' + e.message, true);
      return;
    }
    const added = await attempt(null, () => api('POST', '/faults', rule));
    if (added) {
      say('Rule ' + added.id + ' added.');
      loaders.faults();
    }
  });
  $('fault-clear').addEventListener('click', async () => {
    if (await attempt('Every rule removed.', () => api('DELETE', '/faults'))) loaders.faults();
  });

  // ---- notifications -----------------------------------------------------------------------------------------
  loaders.notifications = async () => {
    const list = await attempt(null, () => api('GET', '/notifications'));
    if (!list) return;
    const rows = list.notifications.flatMap((n) => {
      const detail = el('tr', { hidden: true }, el('td', { colSpan: 7 }, el('pre', { class: 'json' })));
      const redeliver = el('button', { type: 'button', class: 'action', value: n.id }, 'redeliver');
      redeliver.addEventListener('click', async (ev) => {
        ev.stopPropagation();
        const path = '/notifications/' + encodeURIComponent(n.id) + '/redeliver';
        if (await attempt('Delivery ' + n.id + ' queued again.', () => api('POST', path))) loaders.notifications();
      });
      const last = n.attempts.length ? n.attempts[n.attempts.length - 1] : null;
      const badge = n.status === 'delivered' ? 'badge ok' : n.status === 'failed' ? 'badge bad' : 'badge warn';
      const row = el('tr', { class: 'row' }, el('td', null, n.id), el('td', null, n.store), el('td', null, n.event),
        el('td', { class: 'path' }, n.url), el('td', null, el('span', { class: badge }, n.status)),
        el('td', null, n.attempts.length + (last ? ' (last: ' + compact(last) + ')' : '')), el('td', null, redeliver));
      row.addEventListener('click', async () => {
        if (detail.hidden) {
          const full = await attempt(null, () => api('GET', '/notifications/' + encodeURIComponent(n.id)));
          if (full) detail.firstChild.firstChild.textContent = json(full);
        }
        detail.hidden = !detail.hidden;
      });
      return [row, detail];
    });
    $('notif-table').tBodies[0].replaceChildren(...rows);
    $('notif-empty').hidden = list.notifications.length > 0;
  };
  $('notif-refresh').addEventListener('click', () => loaders.notifications());

  // ---- health and configuration ------------------------------------------------------------------------------
  loaders.health = async () => {
    const h = await attempt(null, () => api('GET', '/health'));
    if (!h) return;
    $('health-body').textContent = json(h);
    const settings = await Promise.all(h.stores.map(async (s) => {
      try {
        return el('div', null, el('h2', null, s + ' settings'), el('pre', { class: 'json' },
          json(await api('GET', '/' + encodeURIComponent(s) + '/settings'))));
      } catch (e) {
        return null;
      }
    }));
    $('settings-body').replaceChildren(...settings.filter(Boolean));
  };

  pollHealth();
  setInterval(pollHealth, 2000);
  showView();
})();
