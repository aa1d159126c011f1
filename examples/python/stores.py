"""A backend's purchase checks, written against the stores' real request shapes (standard library only).

Only the base URL differs from production: point it at the emulator instead of https://pardakht.cafebazaar.ir
and friends.
"""

import json
import time
from datetime import datetime
import urllib.error
import urllib.parse
import urllib.request


class StoreError(Exception):
    def __init__(self, status, body):
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body


def call(url, method="GET", headers=None, data=None, form=None, timeout=10):
    """One request; returns the JSON answer, raises StoreError for a 4xx/5xx."""
    headers = dict(headers or {})
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif data is not None:
        data = json.dumps(data).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        raise StoreError(error.code, json.loads(error.read() or b"null")) from None
    return json.loads(body) if body else None


def with_retry(fn, attempts=4, backoff=0.1):
    """fn(), retried while the store answers 5xx (a store's bad day), with a short back-off."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except StoreError as error:
            if error.status < 500 or attempt == attempts:
                raise
            time.sleep(backoff * attempt)


class Cafebazaar:
    def __init__(self, base_url, client_id, client_secret, refresh_token):
        self.base_url = base_url
        self.client = {"client_id": client_id, "client_secret": client_secret, "refresh_token": refresh_token}

    def access_token(self):
        """The OAuth refresh-token grant: a fresh access token."""
        form = {"grant_type": "refresh_token", **self.client}
        return call(f"{self.base_url}/devapi/v2/auth/token/", "POST", form=form)["access_token"]

    def validate_inapp(self, package, product, purchase_token):
        url = f"{self.base_url}/devapi/v2/api/validate/{package}/inapp/{product}/purchases/{purchase_token}/"
        query = urllib.parse.urlencode({"access_token": self.access_token()})
        return with_retry(lambda: call(f"{url}?{query}"))

    def subscription(self, package, subscription, purchase_token):
        url = (f"{self.base_url}/devapi/v2/api/applications/{package}/subscriptions/{subscription}"
               f"/purchases/{purchase_token}/")
        headers = {"Authorization": f"Bearer {self.access_token()}"}
        return with_retry(lambda: call(url, headers=headers))


class OneStore:
    """host: the real host whose world to reach, sent as Host: sbpp.onestore.co.kr (sandbox) or apis.onestore.co.kr."""

    def __init__(self, base_url, client_id, client_secret, host):
        self.base_url, self.client_id, self.client_secret, self.host = base_url, client_id, client_secret, host

    def access_token(self):
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}
        return call(f"{self.base_url}/v2/oauth/token", "POST", headers={"Host": self.host}, form=form)["access_token"]

    def purchase_details(self, purchase_id, token=None):
        headers = {"Host": self.host, "Authorization": f"Bearer {token or self.access_token()}"}
        url = f"{self.base_url}/v2/purchase/details/{purchase_id}/{self.client_id}"
        return with_retry(lambda: call(url, headers=headers))


class Catappult:
    def __init__(self, base_url):
        self.base_url = base_url

    def validate_inapp(self, package, sku, purchase_token):
        """The purchase if valid (a 200 is the verdict), else None."""
        url = (f"{self.base_url}/productv2/8.20191001/google/inapp/v3/applications/{package}"
               f"/purchases/products/{sku}/tokens/{purchase_token}")
        try:
            return with_retry(lambda: call(url))
        except StoreError as error:
            if error.status == 404:
                return None
            raise


class Admin:
    """The emulator's control plane (/__admin), as a test drives it."""

    def __init__(self, base_url):
        self.url = f"{base_url}/__admin"

    def call(self, method, path, body=None):
        return call(f"{self.url}{path}", method, data=body)

    def reset(self):
        return self.call("POST", "/reset")

    def now_ms(self):
        now = self.call("GET", "/clock")["now"]
        # "2026-12-03T14:29:21.409148046Z": keep microseconds, which fromisoformat reads on Python 3.7+
        seconds, _, fraction = now.rstrip("Z").partition(".")
        instant = datetime.fromisoformat(f"{seconds}.{(fraction + '000000')[:6]}+00:00")
        return int(instant.timestamp() * 1000)

    def advance(self, duration):
        return self.call("POST", "/clock/advance", {"duration": duration})

    def add_fault(self, rule):
        return self.call("POST", "/faults", rule)

    def fault(self, rule_id):
        return self.call("GET", f"/faults/{rule_id}")
