import http from 'node:http';

// A backend's purchase checks, written against the stores' real request shapes. Only the base URL differs
// from production: point it at the emulator instead of https://pardakht.cafebazaar.ir and friends.

/** fetch, retried while the store answers 5xx (a store's bad day), with a short back-off. */
export async function fetchWithRetry(url, init = {}, { attempts = 4, backoffMs = 100 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, init);
    if (res.status < 500 || attempt === attempts) return res;
    await new Promise((resolve) => setTimeout(resolve, backoffMs * attempt));
  }
}

async function json(res) {
  const body = await res.json();
  if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body)}`);
  return body;
}

const form = (fields) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});

export class Cafebazaar {
  constructor(baseUrl, { clientId, clientSecret, refreshToken }) {
    Object.assign(this, { baseUrl, clientId, clientSecret, refreshToken });
  }

  /** OAuth refresh-token grant: a fresh access token. */
  async accessToken() {
    const res = await fetch(`${this.baseUrl}/devapi/v2/auth/token/`, form({
      grant_type: 'refresh_token',
      client_id: this.clientId,
      client_secret: this.clientSecret,
      refresh_token: this.refreshToken,
    }));
    return (await json(res)).access_token;
  }

  async validateInApp(packageName, productId, purchaseToken) {
    const token = await this.accessToken();
    const url = `${this.baseUrl}/devapi/v2/api/validate/${packageName}/inapp/${productId}/purchases/${purchaseToken}/`;
    return json(await fetchWithRetry(`${url}?access_token=${token}`));
  }

  async subscription(packageName, subscriptionId, purchaseToken) {
    const token = await this.accessToken();
    const url = `${this.baseUrl}/devapi/v2/api/applications/${packageName}/subscriptions/${subscriptionId}/purchases/${purchaseToken}/`;
    return json(await fetchWithRetry(url, { headers: { Authorization: `Bearer ${token}` } }));
  }
}

/**
 * An HTTP call with a chosen Host header: fetch treats Host as a forbidden header and drops it, node:http does
 * not. The answer is fetch-like: { ok, status, json() }.
 */
function requestWithHost(url, host, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { ...headers, Host: host } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ ok: res.statusCode < 300, status: res.statusCode, json: async () => JSON.parse(text) });
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on('error', reject);
    req.end(body);
  });
}

export class OneStore {
  /**
   * host: the real host whose world to reach, sent as Host, as the docs describe: sbpp.onestore.co.kr (sandbox)
   * or apis.onestore.co.kr (commercial).
   */
  constructor(baseUrl, { clientId, clientSecret, host }) {
    Object.assign(this, { baseUrl, clientId, clientSecret, host });
  }

  async accessToken() {
    const body = new URLSearchParams({
      grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret,
    }).toString();
    const res = await requestWithHost(`${this.baseUrl}/v2/oauth/token`, this.host, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    return (await json(res)).access_token;
  }

  async purchaseDetails(purchaseId, token) {
    const bearer = token ?? (await this.accessToken());
    const url = `${this.baseUrl}/v2/purchase/details/${purchaseId}/${this.clientId}`;
    const res = await requestWithHost(url, this.host, { headers: { Authorization: `Bearer ${bearer}` } });
    return res.ok ? res.json() : { status: res.status, ...(await res.json()) };
  }
}

export class Catappult {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A 200 is the verdict "valid"; anything else is not. */
  async validateInApp(packageName, sku, purchaseToken) {
    const url = `${this.baseUrl}/productv2/8.20191001/google/inapp/v3/applications/${packageName}/purchases/products/${sku}/tokens/${purchaseToken}`;
    const res = await fetchWithRetry(url);
    return res.ok ? { valid: true, ...(await res.json()) } : { valid: false, status: res.status };
  }
}

/** The emulator's control plane (/__admin), as a test drives it. */
export class Admin {
  constructor(baseUrl) {
    this.url = `${baseUrl}/__admin`;
  }

  async call(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return json(await fetch(`${this.url}${path}`, init));
  }

  reset = () => this.call('POST', '/reset');
  clock = () => this.call('GET', '/clock');
  advance = (duration) => this.call('POST', '/clock/advance', { duration });
  addFault = (rule) => this.call('POST', '/faults', rule);
  fault = (id) => this.call('GET', `/faults/${id}`);
}
