Feature: A ONE store subscription whose payment fails goes through grace and hold before it expires
  ONE store documents six subscription states and how the server API shows them: Subscribed and Grace keep
  recurringState 0 and an expiry ahead (in grace, the end of the grace period); On hold keeps recurringState 0 with
  an expiry that has passed; Expired is recurringState 1. A failed renewal payment is retried; one approved in grace
  keeps the renewal date. SNS tells the backend of each change. The emulator's clock stands still unless a step says
  that time passes.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"
    And the backend receives the PNS of "com.example.game"

  Scenario: Payments that keep failing: grace, then hold, then expiry
    Given support declines every renewal payment of ONE store sandbox series "SANDBOX0000000000010"
    When 21 days pass
    And the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports recurringState 0
    And the recurring purchase is still active now
    When 7 days pass
    And the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports recurringState 0
    And the recurring purchase is not active now
    When 30 days pass
    And the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports recurringState 1
    And the recurring purchase is not active now
    And the backend is told "IN_GRACE_PERIOD, ON_HOLD, EXPIRED" of subscription "SANDBOX0000000000010"

  Scenario: A payment declined twice and then approved recovers within grace
    Given support scripts the next payments of ONE store sandbox series "SANDBOX0000000000010" as "decline 2, approve"
    When 30 days pass
    And the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports recurringState 0
    And the recurring purchase is still active now
    And the backend is told "IN_GRACE_PERIOD, RECOVERED" of subscription "SANDBOX0000000000010"
