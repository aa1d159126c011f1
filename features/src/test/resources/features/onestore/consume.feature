Feature: Consuming ONE store in-app purchases
  Once the backend has granted a consumable item, it consumes the purchase. ONE store then reports
  consumptionState 1 — the opposite of Cafebazaar, where 0 means consumed. A purchase can be consumed
  once, and never after it was cancelled.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"

  Scenario: A consumed purchase reads consumptionState 1
    When the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports consumptionState 0 and purchaseState 0
    And the ONE store backend reads the purchase as not consumed
    When the ONE store backend consumes purchase "SANDBOX0000000000001"
    Then ONE store accepts the call
    When the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports consumptionState 1 and purchaseState 0
    And the ONE store backend reads the purchase as consumed

  Scenario: Consuming twice is refused
    Given the ONE store backend has consumed purchase "SANDBOX0000000000001"
    When the ONE store backend consumes purchase "SANDBOX0000000000001"
    Then ONE store refuses with status 409 and code "InvalidPurchaseState"

  Scenario Outline: Consuming <case> is refused
    When the ONE store backend consumes purchase "<purchase>"
    Then ONE store refuses with status <status> and code "<code>"

    Examples:
      | case                        | purchase             | status | code                 |
      | a purchase consumed earlier | SANDBOX0000000000002 | 409    | InvalidPurchaseState |
      | a cancelled purchase        | SANDBOX0000000000003 | 409    | InvalidPurchaseState |
      | an unknown purchase         | SANDBOX0000000000099 | 404    | NoSuchData           |

  Scenario: A cancelled purchase stays unconsumed
    When the ONE store backend consumes purchase "SANDBOX0000000000003"
    And the ONE store backend reads purchase "SANDBOX0000000000003"
    Then ONE store reports consumptionState 0 and purchaseState 1
