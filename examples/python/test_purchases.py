"""Purchase verification against the store emulator, the way a Python backend's tests would drive it."""

import unittest

from emulator import Emulator
from stores import Admin, Cafebazaar, Catappult, OneStore, StoreError

PACKAGE = "com.example.game"


class PurchaseVerificationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emulator = Emulator()
        base_url = cls.emulator.__enter__()
        cls.addClassCleanup(cls.emulator.__exit__, None, None, None)
        cls.admin = Admin(base_url)
        # The demo world's credentials (README: "The demo world").
        cls.bazaar = Cafebazaar(base_url, "demo-client-id", "demo-client-secret", "demo-refresh-token")
        cls.onestore = OneStore(base_url, PACKAGE, "demo-client-secret", host="sbpp.onestore.co.kr")
        cls.commercial = OneStore(base_url, PACKAGE, "demo-client-secret", host="apis.onestore.co.kr")
        cls.catappult = Catappult(base_url)

    def setUp(self):
        self.admin.reset()

    def test_cafebazaar_refresh_token_grant_then_validate(self):
        purchase = self.bazaar.validate_inapp(PACKAGE, "coins_100", "demo-purchase-active")
        self.assertEqual(purchase["kind"], "androidpublisher#inappPurchase")
        self.assertEqual(purchase["purchaseState"], 0)
        self.assertEqual(purchase["consumptionState"], 1)  # 1 = not consumed, on Cafebazaar

    def test_onestore_client_credentials_then_details_on_the_sandbox_host(self):
        token = self.onestore.access_token()
        details = self.onestore.purchase_details("SANDBOX0000000000001", token)
        self.assertEqual(details["purchaseState"], 0)
        self.assertEqual(details["consumptionState"], 0)  # 0 = not consumed, on ONE store
        # The Host picks the world: the sandbox token means nothing to the commercial host.
        with self.assertRaises(StoreError) as refused:
            self.commercial.purchase_details("SANDBOX0000000000001", token)
        self.assertEqual(refused.exception.status, 401)
        self.assertEqual(refused.exception.body["error"]["code"], "InvalidAccessToken")

    def test_catappult_validate(self):
        purchase = self.catappult.validate_inapp(PACKAGE, "attempts", "catappult.inapp.purchase.DEMOACTIVE0001")
        self.assertEqual(purchase["orderId"], "Z3LGN5Q7HWR4EYNM")
        self.assertIsNone(self.catappult.validate_inapp(PACKAGE, "attempts", "catappult.inapp.purchase.NOSUCHTOKEN01"))

    def test_a_refund_made_through_the_admin_api_is_seen_by_the_store_api(self):
        self.admin.call("POST", "/cafebazaar/purchases/demo-purchase-active/refund")
        self.assertEqual(self.bazaar.validate_inapp(PACKAGE, "coins_100", "demo-purchase-active")["purchaseState"], 1)
        self.admin.call("POST", "/onestore/sandbox/purchases/SANDBOX0000000000001/refund")
        self.assertEqual(self.onestore.purchase_details("SANDBOX0000000000001")["purchaseState"], 1)

    def test_two_503s_are_ridden_out_by_the_retry(self):
        rule = self.admin.add_fault({"match": {"store": "catappult", "operation": "validatePurchaseV2"},
                                     "response": {"status": 503}, "times": 2})
        self.assertIsNotNone(
            self.catappult.validate_inapp(PACKAGE, "attempts", "catappult.inapp.purchase.DEMOACTIVE0001"))
        self.assertEqual(self.admin.fault(rule["id"])["fired"], 2)

    def test_moving_the_clock_past_its_end_expires_a_cancelled_subscription(self):
        before = self.bazaar.subscription(PACKAGE, "premium_monthly", "demo-sub-cancelled")
        self.assertFalse(before["autoRenewing"])
        self.assertGreater(before["validUntilTimestampMsec"], self.admin.now_ms())
        self.admin.advance("P26D")  # it was valid until now+25 d
        after = self.bazaar.subscription(PACKAGE, "premium_monthly", "demo-sub-cancelled")
        # An expired subscription still answers 200: compare with now.
        self.assertLess(after["validUntilTimestampMsec"], self.admin.now_ms())


if __name__ == "__main__":
    unittest.main()
