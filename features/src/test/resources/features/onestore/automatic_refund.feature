Feature: ONE store refunds unconsumed purchases automatically after 3 days
  A purchase the backend has neither consumed nor acknowledged 3 days after it was bought is cancelled
  at that moment: it reads purchaseState 1, is listed among the voided purchases, and can no longer be
  consumed. SANDBOX0000000000001 was bought 1 hour before the scenario starts.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"

  Scenario: An unconsumed purchase stands until 3 days after its purchase, then it is cancelled
    When the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports the purchase was made 1 hour ago
    When 70 hours pass
    And the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports consumptionState 0 and purchaseState 0
    When 1 more hour passes
    And the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports consumptionState 0 and purchaseState 1

  Scenario: The refunded purchase is listed among the voided purchases
    When 3 days pass
    And the ONE store backend collects every voided purchase of the last 30 days, 100 per page
    Then ONE store lists purchase "SANDBOX0000000000001" as voided 3 days after it was bought

  Scenario: The refunded purchase can no longer be consumed
    When 3 days pass
    And the ONE store backend consumes purchase "SANDBOX0000000000001"
    Then ONE store refuses with status 409 and code "InvalidPurchaseState"

  Scenario: A purchase consumed in time is not refunded
    Given 70 hours pass
    And the ONE store backend has consumed purchase "SANDBOX0000000000001"
    When 10 days pass
    And the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports consumptionState 1 and purchaseState 0
    When the ONE store backend collects every voided purchase of the last 30 days, 100 per page
    Then the ONE store backend has collected no voided purchase "SANDBOX0000000000001"
