Feature: Reset brings back the world as configured
  Whatever happened since, a reset puts every store back to its fixtures and empties the journal: what was
  consumed is unconsumed again, what was refunded is valid again, what support added is gone, and the
  clock is back as configured. The features' emulator is configured with its clock standing still at the
  scenario start; an emulator reached by URL keeps its own clock, which is frozen at the scenario start
  after the reset, as before every scenario.

  Background:
    Given the backend of "com.example.game" authenticates with Pishkhan secret "demo-pishkhan-secret"
    And the ONE store backend of "com.example.game" with client secret "demo-client-secret"
    And a backend verifying the purchases of "com.example.game" on every store

  Scenario: After consuming, refunding, adding and moving the clock, a reset brings everything back
    Given the backend has consumed purchase "demo-purchase-active"
    And the ONE store backend has consumed purchase "SANDBOX0000000000001"
    And support refunds Catappult purchase "catappult.inapp.purchase.DEMOACTIVE0001"
    And support adds a Cafebazaar purchase "order-42" of "coins_100" for "com.example.game" bought 1 hour ago
    And 40 days pass
    When support resets the emulator
    Then the clock reads the scenario start again, standing still
    And the journal is empty
    And support finds no Cafebazaar purchase "order-42"
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the backend reads the purchase as not consumed and not refunded
    When the ONE store backend reads purchase "SANDBOX0000000000001"
    Then the ONE store backend reads the purchase as not consumed
    When the backend verifies Catappult purchase "catappult.inapp.purchase.DEMOACTIVE0001" of "com.example.game" for product "attempts"
    Then the verdict says not consumed and not refunded
    And the verdict entitles the user now
    When the backend verifies Cafebazaar purchase "order-42" of "com.example.game" for product "coins_100"
    Then the verdict is invalid

  Scenario: A subscription that renewed while the clock moved is back to its first billings after a reset
    Given 3 months pass
    And support sees that Cafebazaar subscription "demo-sub-active" has now been billed 5 times
    When support resets the emulator
    Then support sees that Cafebazaar subscription "demo-sub-active" has now been billed 2 times
