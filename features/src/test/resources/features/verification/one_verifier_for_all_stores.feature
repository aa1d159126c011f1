Feature: One verifier for all stores
  A backend selling on Cafebazaar, ONE store and Catappult verifies every purchase through one
  PurchaseVerifier and gets the same verdict for the same situation, whatever each store's encoding
  (Cafebazaar's consumptionState 0 means consumed, ONE store's and Catappult's 1 does; validUntil versus
  expiryTime; ONE store's purchaseId as the token). A purchase entitles the user only while it is valid,
  not consumed, not refunded and — for a subscription — its period has not ended: every store still answers
  for an expired subscription. ONE store refunds an unconsumed purchase 3 days after it was bought, so the
  in-app stories stay within the first day.

  Background:
    Given a backend verifying the purchases of "com.example.game" on every store

  Scenario Outline: <store>: an active purchase entitles the user
    When the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    Then the verdict is valid
    And the verdict says not consumed and not refunded
    And the verdict entitles the user now

    Examples:
      | store      | product   | token                                   |
      | Cafebazaar | coins_100 | demo-purchase-active                    |
      | ONE store  | coins_100 | SANDBOX0000000000001                    |
      | Catappult  | attempts  | catappult.inapp.purchase.DEMOACTIVE0001 |

  Scenario Outline: <store>: a consumed purchase is valid but no longer entitles
    When the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    Then the verdict is valid
    And the verdict says consumed and not refunded
    But the verdict does not entitle the user now

    Examples:
      | store      | product   | token                                   |
      | Cafebazaar | coins_100 | demo-purchase-consumed                  |
      | ONE store  | coins_100 | SANDBOX0000000000002                    |
      | Catappult  | attempts  | catappult.inapp.purchase.DEMOCONSUMED01 |

  Scenario Outline: <store>: a refunded purchase is valid but does not entitle
    When the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    Then the verdict is valid
    And the verdict says not consumed and refunded
    But the verdict does not entitle the user now

    Examples:
      | store      | product   | token                                   |
      | Cafebazaar | coins_100 | demo-purchase-refunded                  |
      | ONE store  | coins_100 | SANDBOX0000000000003                    |
      | Catappult  | attempts  | catappult.inapp.purchase.DEMOCANCELED01 |

  Scenario Outline: <store>: an unknown purchase is invalid
    When the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    Then the verdict is invalid
    And the verdict does not entitle the user now

    Examples:
      | store      | product   | token                                 |
      | Cafebazaar | coins_100 | no-such-token                         |
      | ONE store  | coins_100 | SANDBOX0000000009999                  |
      | Catappult  | attempts  | catappult.inapp.purchase.NOSUCHTOKEN1 |

  Scenario Outline: <store>: a cancelled subscription entitles until its period ends, though the store still answers after
    When the backend verifies <store> subscription "<token>" of "com.example.game" to "premium_monthly"
    Then the verdict is valid
    And the verdict says the subscription does not renew automatically
    And the verdict says the period ends 25 days after the scenario start
    And the verdict entitles the user now
    When 24 days pass
    And the backend verifies it again
    Then the verdict entitles the user now
    When 2 more days pass
    And the backend verifies it again
    Then the verdict is valid
    But the verdict does not entitle the user now

    Examples:
      | store      | token                |
      | Cafebazaar | demo-sub-cancelled   |
      | ONE store  | SANDBOX0000000000011 |

  Scenario Outline: <store>: a renewing subscription renews for another month when its period ends
    When the backend verifies <store> subscription "<token>" of "com.example.game" to "premium_monthly"
    Then the verdict says the period ends 20 days after the scenario start
    When 21 days pass
    And the backend verifies it again
    Then the verdict is valid
    And the verdict says the subscription renews automatically
    And the verdict says the period ends 51 days after the scenario start
    And the verdict entitles the user now

    Examples:
      | store      | token                                   |
      | Cafebazaar | demo-sub-active                         |
      | ONE store  | SANDBOX0000000000010                    |
      | Catappult  | catappult.inapp.purchase.DEMOSUBACTIVE1 |
