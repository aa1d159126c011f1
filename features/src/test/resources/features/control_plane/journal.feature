Feature: The request journal
  Every call a backend makes to a store is recorded: store, operation, status and the purchase it named,
  newest first. Support verifies what the backend did, e.g. that it consumed a purchase exactly once; a
  failed verification says what was expected and lists the recent requests to that store, so the near
  misses show. A "not found" answer for a mistyped token carries a hint naming the closest known token,
  in a header only, and the journal keeps it. Support can clear the journal; its own calls to the
  control plane are never recorded. Each scenario starts with an empty journal.

  Background:
    Given the backend of "com.example.game" authenticates with Pishkhan secret "demo-pishkhan-secret"
    And the ONE store backend of "com.example.game" with client secret "demo-client-secret"
    And the Catappult backend of "com.example.game" with Api-Key "demo-api-key"

  Scenario: The backend's calls to every store are recorded, newest first
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    And the backend validates purchase "forged-token" of product "coins_100"
    And the ONE store backend reads purchase "SANDBOX0000000000001"
    And the Catappult backend validates purchase "catappult.inapp.purchase.DEMOACTIVE0001" of product "attempts"
    Then the journal shows, newest first:
      | store      | operation          | status | token                                   |
      | catappult  | validatePurchaseV2 | 200    | catappult.inapp.purchase.DEMOACTIVE0001 |
      | onestore   | getPurchaseDetails | 200    | SANDBOX0000000000001                    |
      | onestore   | getAccessToken     | 200    |                                         |
      | cafebazaar | validatePurchase   | 404    | forged-token                            |
      | cafebazaar | validatePurchase   | 200    | demo-purchase-active                    |

  Scenario: Cafebazaar: the backend consumed the purchase exactly once
    When the backend consumes purchase "demo-purchase-active"
    Then the journal holds exactly 1 "consume" call to Cafebazaar for "demo-purchase-active"
    And the journal holds exactly 0 "consume" calls to Cafebazaar for "demo-purchase-consumed"

  Scenario: ONE store: the backend consumed the purchase exactly once
    When the ONE store backend consumes purchase "SANDBOX0000000000001"
    Then the journal holds exactly 1 "consumePurchase" call to ONE store for "SANDBOX0000000000001"

  Scenario: Catappult, whose server API has no consume: the backend acknowledged the subscription exactly once
    When the Catappult backend acknowledges subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the journal holds exactly 1 "acknowledgeSubscription" call to Catappult for "catappult.inapp.purchase.DEMOSUBACTIVE1"

  Scenario: A failed verification says what was expected and lists the recent requests to that store
    Given the backend has consumed purchase "demo-purchase-active"
    And the backend consumes purchase "demo-purchase-active"
    When support checks that the journal holds exactly 1 "consume" call to Cafebazaar for "demo-purchase-active"
    Then the check fails, saying it expected "exactly 1" matching "store=cafebazaar, operation=consume, token=demo-purchase-active" but 2 matched
    And the failure lists the recent requests to Cafebazaar, newest first:
      | POST /devapi/v2/api/consume/com.example.game/purchases/ → 400 (consume) token=demo-purchase-active |
      | POST /devapi/v2/api/consume/com.example.game/purchases/ → 200 (consume) token=demo-purchase-active |

  Scenario Outline: A mistyped token is answered with a hint naming the closest known one
    When a caller asks Cafebazaar for purchase "<token>" of product "<product>" of "com.example.game" with Pishkhan secret "demo-pishkhan-secret"
    Then the store answers 404 with the hint "<hint>"
    And the journal keeps the hint "<hint>" for the last call

    Examples:
      | token                | product   | hint                                                                        |
      | demo-purchase-activ  | coins_100 | no purchase token 'demo-purchase-activ'; closest known: 'demo-purchase-active' |
      | demo-purchase-active | gems      | 'demo-purchase-active' is for product 'coins_100', not 'gems'               |

  Scenario: A purchase that is found carries no hint
    When a caller asks Cafebazaar for purchase "demo-purchase-active" of product "coins_100" of "com.example.game" with Pishkhan secret "demo-pishkhan-secret"
    Then the store answers 200 without a hint

  Scenario: Support clears the journal, and only later calls are recorded
    Given the backend validates purchase "demo-purchase-active" of product "coins_100"
    When support clears the journal
    Then the journal is empty
    When the backend validates purchase "demo-purchase-consumed" of product "coins_100"
    Then the journal shows, newest first:
      | store      | operation        | status | token                  |
      | cafebazaar | validatePurchase | 200    | demo-purchase-consumed |

  Scenario: Support's own calls to the control plane are not recorded
    When support adds a Cafebazaar purchase "order-42" of "coins_100" for "com.example.game" bought 1 hour ago
    And support refunds Cafebazaar purchase "order-42"
    And support turns Cafebazaar's appendSlash setting off
    And 1 hour passes
    Then the journal is empty
