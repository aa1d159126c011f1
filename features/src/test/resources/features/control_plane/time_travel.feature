Feature: Time travel: subscriptions renew, lapse and purchases get refunded as the clock moves
  The emulator's clock stands still at the scenario start and moves only when a step says that time
  passes; when it moves, every store does what it would have done meanwhile. An auto-renewing
  subscription renews at the end of each billing period: on Cafebazaar as a new billing token linked to
  the series, on ONE store as a new payment of the series, on Catappult as a later expiry on the same
  token. A cancelled one lapses at the end of its period and is not billed again. Renewals are
  computed, not scheduled: a compressed 5-minute period renews twelve times in an hour, and months pass
  in one step. ONE store refunds a purchase neither consumed nor acknowledged 3 days after it was bought.
  (An access token that expires mid-session, and the backend recovering, is told in
  cafebazaar/token_lifecycle.feature and onestore/access_tokens.feature.)

  Background:
    Given the backend of "com.example.game" authenticates with Pishkhan secret "demo-pishkhan-secret"
    And the ONE store backend of "com.example.game" with client secret "demo-client-secret"
    And the Catappult backend of "com.example.game"

  Scenario: Cafebazaar: a monthly subscription renews as a new billing token linked to the series
    Given support sees that Cafebazaar subscription "demo-sub-active" has been billed 2 times
    When 20 days pass
    Then support sees that Cafebazaar subscription "demo-sub-active" has now been billed 3 times
    When the backend reads the newest billing token of subscription "demo-sub-active" of "premium_monthly"
    Then the subscription is active now
    And the subscription renews automatically
    And the subscription's linked token is "demo-sub-active"
    And the subscription is valid until 31 days from now

  Scenario: ONE store: a monthly series renews as a new payment, while the series still reports its first
    When 20 days pass
    And the ONE store backend reads the latest payment of recurring purchase "SANDBOX0000000000010"
    Then ONE store reports a payment made just now
    And ONE store reports the series runs until 31 days from now
    When the ONE store backend reads recurring purchase "SANDBOX0000000000010"
    Then ONE store reports a payment made 30 days ago
    And ONE store reports recurringState 0

  Scenario: Catappult: a monthly subscription renews as a later expiry on the same token
    When 20 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the Catappult subscription is active now
    And the Catappult subscription renews automatically
    And the Catappult subscription started 30 days ago
    And the Catappult subscription expires 31 days from now

  Scenario: Cafebazaar: a subscription the backend cancelled lapses when its period ends and is not billed again
    Given the backend has cancelled subscription "demo-sub-active" of "premium_monthly"
    When 51 days pass
    And the backend reads subscription "demo-sub-active" of "premium_monthly"
    Then the store answers with the subscription
    But the subscription is not active now
    And the subscription does not renew automatically
    And the subscription is valid until 31 days ago
    And support sees that Cafebazaar subscription "demo-sub-active" has now been billed 2 times

  Scenario: ONE store: a series the backend cancelled lapses when its period ends and is not paid again
    Given the ONE store backend has cancelled the recurring payment of "SANDBOX0000000000010"
    When 51 days pass
    And the ONE store backend reads the latest payment of recurring purchase "SANDBOX0000000000010"
    Then the recurring purchase is not active now
    And ONE store reports recurringState 1
    And ONE store reports a payment made 61 days ago
    And ONE store reports the series runs until 31 days ago

  Scenario: Catappult, which has no cancel endpoint: a subscription support cancelled lapses when its period ends
    Given support cancels Catappult subscription "catappult.inapp.purchase.DEMOSUBACTIVE1"
    When 51 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then Catappult answers with the subscription
    But the Catappult subscription is not active now
    And the Catappult subscription does not renew automatically
    And the Catappult subscription expires 31 days ago

  Scenario: Cafebazaar: a subscription with a compressed 5-minute period is billed twelve more times in an hour
    Given support adds a Cafebazaar subscription "quick-sub" to "premium_monthly" for "com.example.game" that renews every 5 minutes
    When 1 hour passes
    Then support sees that Cafebazaar subscription "quick-sub" has now been billed 13 times
    When the backend reads the newest billing token of subscription "quick-sub" of "premium_monthly"
    Then the subscription's linked token is "quick-sub"
    And the subscription started 1 hour ago
    And the subscription is valid until 5 minutes from now

  Scenario: ONE store: a series with a compressed 5-minute period is paid again just now, an hour later
    Given support adds a ONE store subscription "SANDBOX0000000000020" to "premium_monthly" for "com.example.game" that renews every 5 minutes
    When 1 hour passes
    And the ONE store backend reads the latest payment of recurring purchase "SANDBOX0000000000020"
    Then ONE store reports a payment made just now
    And ONE store reports the series runs until 5 minutes from now

  Scenario: Catappult: a subscription with a compressed 5-minute period still runs an hour later
    Given support adds a Catappult subscription "catappult.inapp.purchase.QUICKSUB0001" to "premium_monthly" for "com.example.game" that renews every 5 minutes
    When 1 hour passes
    And the Catappult backend reads subscription "catappult.inapp.purchase.QUICKSUB0001" of "premium_monthly"
    Then the Catappult subscription is active now
    And the Catappult subscription started 1 hour ago
    And the Catappult subscription expires 5 minutes from now

  Scenario: Three months pass in one step, and every renewing subscription is billed three times
    When 3 months pass
    Then support sees that Cafebazaar subscription "demo-sub-active" has now been billed 5 times
    When the backend reads subscription "demo-sub-active" of "premium_monthly"
    Then the subscription is valid until 20 days from now
    When the ONE store backend reads the latest payment of recurring purchase "SANDBOX0000000000010"
    Then ONE store reports a payment made 11 days ago
    And ONE store reports the series runs until 20 days from now
    When the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the Catappult subscription expires 20 days from now

  Scenario: ONE store refunds a purchase support added, 3 days after it was bought, unless it is consumed
    Given support adds a ONE store purchase "SANDBOX0000000000042" of "coins_100" for "com.example.game" bought 1 day ago
    When 47 hours pass
    And the ONE store backend reads purchase "SANDBOX0000000000042"
    Then ONE store reports consumptionState 0 and purchaseState 0
    When 1 more hour passes
    And the ONE store backend reads purchase "SANDBOX0000000000042"
    Then ONE store reports consumptionState 0 and purchaseState 1

  Scenario: ONE store does not refund a purchase support added that was consumed in time
    Given support adds a ONE store purchase "SANDBOX0000000000042" of "coins_100" for "com.example.game" bought 1 day ago
    And the ONE store backend has consumed purchase "SANDBOX0000000000042"
    When 10 days pass
    And the ONE store backend reads purchase "SANDBOX0000000000042"
    Then ONE store reports consumptionState 1 and purchaseState 0
