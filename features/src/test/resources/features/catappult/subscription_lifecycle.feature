Feature: A Catappult subscription's life: pending until acknowledged, revoked after two days, grace and hold when payments fail
  Catappult's subscription starts PENDING: the user has paid, but the backend must acknowledge it. Acknowledged, it
  becomes ACTIVE and Catappult sends SUBSCRIPTION_PURCHASED; not acknowledged within 48 hours, it is revoked
  (SUBSCRIPTION_REVOKED) — validation still answers 200, with expiryTimeMillis at the revocation. A renewal whose
  payment fails keeps the user entitled through a grace period, then puts the subscription on hold, and it expires
  when hold ends; each change is told by a subscription notification. The emulator's clock stands still unless a
  step says that time passes.

  Background:
    Given the Catappult backend of "com.example.game" with Api-Key "demo-api-key"
    And the backend receives the notifications of Catappult app "com.example.game"

  Scenario: An unacknowledged Catappult subscription is revoked after two days
    Given support adds a Catappult subscription "catappult.inapp.purchase.FRESHSUB0001" to "premium_monthly" for "com.example.game" bought just now, not yet acknowledged
    When 4 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.FRESHSUB0001" of "premium_monthly"
    Then Catappult answers with the subscription
    But the Catappult subscription is not active now
    And the Catappult subscription does not renew automatically
    And the Catappult subscription expires 2 days ago
    And Catappult reports acknowledgementState 0
    And the backend is told "REVOKED" of subscription "catappult.inapp.purchase.FRESHSUB0001"
    When the Catappult backend acknowledges subscription "catappult.inapp.purchase.FRESHSUB0001" of "premium_monthly"
    Then Catappult refuses with status 409 and code "Request.Conflict"

  Scenario: Acknowledged in time, a Catappult subscription is purchased and renews
    Given support adds a Catappult subscription "catappult.inapp.purchase.FRESHSUB0002" to "premium_monthly" for "com.example.game" bought just now, not yet acknowledged
    When 1 day passes
    And the Catappult backend acknowledges subscription "catappult.inapp.purchase.FRESHSUB0002" of "premium_monthly"
    Then Catappult accepts the call
    When 40 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.FRESHSUB0002" of "premium_monthly"
    Then the Catappult subscription is active now
    And the Catappult subscription renews automatically
    And the backend is told "PURCHASED, RENEWED" of subscription "catappult.inapp.purchase.FRESHSUB0002"

  Scenario: A Catappult subscription whose payments keep failing goes through grace and hold before it expires
    Given support declines every renewal payment of Catappult subscription "catappult.inapp.purchase.DEMOSUBACTIVE1"
    When 21 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the Catappult subscription is active now
    And Catappult reports paymentState 0
    And the Catappult subscription expires 6 days from now
    When 7 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the Catappult subscription is not active now
    And the Catappult subscription renews automatically
    And Catappult reports paymentState 0
    When 30 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the Catappult subscription is not active now
    And the Catappult subscription does not renew automatically
    And the backend is told "IN_GRACE_PERIOD, ON_HOLD, EXPIRED" of subscription "catappult.inapp.purchase.DEMOSUBACTIVE1"
