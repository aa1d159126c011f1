// The emulator's Docker image as a Testcontainers dependency, driven the way a Node backend's tests would.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenericContainer, Wait } from 'testcontainers';
import { Admin, Cafebazaar, Catappult, OneStore } from './stores.js';

const IMAGE = process.env.STORE_EMULATOR_IMAGE ?? 'store-emulator:local';
const PACKAGE = 'com.example.game';

describe('purchase verification against the store emulator', { timeout: 120_000 }, () => {
  let container, admin, bazaar, onestore, catappult;

  before(async () => {
    container = await new GenericContainer(IMAGE)
      .withExposedPorts(7070)
      .withWaitStrategy(Wait.forHealthCheck()) // the image's HEALTHCHECK on /__admin/health
      .withStartupTimeout(60_000)
      .start();
    const baseUrl = `http://${container.getHost()}:${container.getMappedPort(7070)}`;
    admin = new Admin(baseUrl);
    // The demo world's credentials (README: "The demo world").
    bazaar = new Cafebazaar(baseUrl, {
      clientId: 'demo-client-id', clientSecret: 'demo-client-secret', refreshToken: 'demo-refresh-token',
    });
    onestore = new OneStore(baseUrl, {
      clientId: PACKAGE, clientSecret: 'demo-client-secret', host: 'sbpp.onestore.co.kr',
    });
    catappult = new Catappult(baseUrl);
  });

  after(async () => {
    await container?.stop();
  });

  beforeEach(async () => {
    await admin.reset();
  });

  test('Cafebazaar: refresh-token grant, then validate', async () => {
    const purchase = await bazaar.validateInApp(PACKAGE, 'coins_100', 'demo-purchase-active');
    assert.equal(purchase.kind, 'androidpublisher#inappPurchase');
    assert.equal(purchase.purchaseState, 0); // purchased
    assert.equal(purchase.consumptionState, 1); // 1 = not consumed, on Cafebazaar
  });

  test('ONE store: client-credentials token, then purchase details on the sandbox host', async () => {
    const token = await onestore.accessToken();
    const details = await onestore.purchaseDetails('SANDBOX0000000000001', token);
    assert.equal(details.purchaseState, 0);
    assert.equal(details.consumptionState, 0); // 0 = not consumed, on ONE store
    // The Host picks the world: the sandbox token means nothing to the commercial host.
    const commercial = new OneStore(onestore.baseUrl, { ...onestore, host: 'apis.onestore.co.kr' });
    const refused = await commercial.purchaseDetails('SANDBOX0000000000001', token);
    assert.equal(refused.status, 401);
    assert.equal(refused.error.code, 'InvalidAccessToken');
  });

  test('Catappult: validate (a 200 is the verdict)', async () => {
    const valid = await catappult.validateInApp(PACKAGE, 'attempts', 'catappult.inapp.purchase.DEMOACTIVE0001');
    assert.equal(valid.valid, true);
    assert.equal(valid.orderId, 'Z3LGN5Q7HWR4EYNM');
    const unknown = await catappult.validateInApp(PACKAGE, 'attempts', 'catappult.inapp.purchase.NOSUCHTOKEN01');
    assert.deepEqual(unknown, { valid: false, status: 404 });
  });

  test('a refund made through the admin API is seen by the store API', async () => {
    await admin.call('POST', '/cafebazaar/purchases/demo-purchase-active/refund');
    const bazaarPurchase = await bazaar.validateInApp(PACKAGE, 'coins_100', 'demo-purchase-active');
    assert.equal(bazaarPurchase.purchaseState, 1); // refunded

    await admin.call('POST', '/onestore/sandbox/purchases/SANDBOX0000000000001/refund');
    const onestorePurchase = await onestore.purchaseDetails('SANDBOX0000000000001');
    assert.equal(onestorePurchase.purchaseState, 1); // cancelled
  });

  test('two 503s from the store are ridden out by the retry', async () => {
    const rule = await admin.addFault({
      match: { store: 'catappult', operation: 'validatePurchaseV2' },
      response: { status: 503 },
      times: 2,
    });
    const valid = await catappult.validateInApp(PACKAGE, 'attempts', 'catappult.inapp.purchase.DEMOACTIVE0001');
    assert.equal(valid.valid, true);
    assert.equal((await admin.fault(rule.id)).fired, 2);
  });

  test('moving the clock past its end expires a cancelled subscription', async () => {
    const before = await bazaar.subscription(PACKAGE, 'premium_monthly', 'demo-sub-cancelled');
    assert.equal(before.autoRenewing, false);
    assert.ok(before.validUntilTimestampMsec > Date.parse((await admin.clock()).now));

    await admin.advance('P26D'); // it was valid until now+25 d
    const now = Date.parse((await admin.clock()).now);
    const expired = await bazaar.subscription(PACKAGE, 'premium_monthly', 'demo-sub-cancelled');
    assert.ok(expired.validUntilTimestampMsec < now, 'an expired subscription still answers 200; compare with now');
  });
});
