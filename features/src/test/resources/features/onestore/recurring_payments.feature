Feature: Cancelling and reactivating ONE store recurring payments
  A monthly auto-renewing series reports recurringState 0 while it renews and 1 once its cancellation is
  reserved; it stays valid until its expiry either way. Cancelling a series whose cancellation is already
  reserved, or reactivating one that renews, is refused with 409 InvalidPurchaseState.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"

  Scenario: Cancelling reserves the cancellation
    When the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports recurringState 0
    When the ONE store backend cancels the recurring payment of "SANDBOX0000000000010"
    Then ONE store accepts the call
    When the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports recurringState 1
    And the recurring purchase is still active now

  Scenario: Reactivating undoes a reserved cancellation
    When the ONE store backend reads recurring purchase "SANDBOX0000000000011"
    Then ONE store reports recurringState 1
    When the ONE store backend reactivates the recurring payment of "SANDBOX0000000000011"
    Then ONE store accepts the call
    When the ONE store backend reads recurring purchase "SANDBOX0000000000011"
    Then ONE store reports recurringState 0

  Scenario: A series cancelled by the backend can be reactivated
    Given the ONE store backend has cancelled the recurring payment of "SANDBOX0000000000010"
    When the ONE store backend reactivates the recurring payment of "SANDBOX0000000000010"
    Then ONE store accepts the call
    When the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports recurringState 0

  Scenario: Cancelling twice is refused
    Given the ONE store backend has cancelled the recurring payment of "SANDBOX0000000000010"
    When the ONE store backend cancels the recurring payment of "SANDBOX0000000000010"
    Then ONE store refuses with status 409 and code "InvalidPurchaseState"

  Scenario: Cancelling a series whose cancellation is reserved is refused
    When the ONE store backend cancels the recurring payment of "SANDBOX0000000000011"
    Then ONE store refuses with status 409 and code "InvalidPurchaseState"

  Scenario: Reactivating a renewing series is refused
    When the ONE store backend reactivates the recurring payment of "SANDBOX0000000000010"
    Then ONE store refuses with status 409 and code "InvalidPurchaseState"
