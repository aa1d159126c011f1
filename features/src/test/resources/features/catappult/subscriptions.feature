Feature: Catappult subscriptions as time passes, and acknowledging them
  The backend reads a subscription with its purchase token. Catappult answers even for an expired
  subscription: the backend must compare expiryTimeMillis with now rather than trust the 200. Reading needs
  no credentials; acknowledging needs the app's Api-Key, and without it Catappult answers 401
  Authorization.Unauthorized. The emulator's clock stands still unless a step says that time passes.

  Background:
    Given the Catappult backend of "com.example.game" with Api-Key "demo-api-key"

  Scenario Outline: The <family> family reports the active subscription
    When the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly" through the "<family>" family
    Then the Catappult subscription is active now
    And the Catappult subscription renews automatically
    And the Catappult subscription started 10 days ago
    And the Catappult subscription expires 20 days from now
    And Catappult reports acknowledgementState 1

    Examples:
      | family    |
      | product   |
      | productv2 |

  Scenario: A lapsed subscription is still answered
    When the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBEXPIRE1" of "premium_monthly"
    Then Catappult answers with the subscription
    But the Catappult subscription is not active now
    And the Catappult subscription does not renew automatically
    And the Catappult subscription expires 15 days ago

  Scenario: An auto-renewing subscription renews for another month when the clock reaches expiryTimeMillis
    When 19 days pass
    And the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the Catappult subscription is active now
    And the Catappult subscription expires 1 day from now
    When 1 more day passes
    And the Catappult backend reads subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the Catappult subscription is active now
    And the Catappult subscription renews automatically
    And the Catappult subscription expires 31 days from now

  Scenario: An unknown subscription token is not found
    When the Catappult backend reads subscription "catappult.inapp.purchase.NOSUCHTOKEN1" of "premium_monthly"
    Then Catappult refuses with status 404 and code "NotFound"

  Scenario: Acknowledging with the app's Api-Key sets acknowledgementState
    Given support adds a Catappult subscription "catappult.inapp.purchase.NEWSUB000001" to "premium_monthly" for "com.example.game" bought just now, not yet acknowledged
    When the Catappult backend acknowledges subscription "catappult.inapp.purchase.NEWSUB000001" of "premium_monthly"
    Then Catappult accepts the call
    When the Catappult backend reads subscription "catappult.inapp.purchase.NEWSUB000001" of "premium_monthly"
    Then Catappult reports acknowledgementState 1

  Scenario Outline: Acknowledging <case> is refused
    Given support adds a Catappult subscription "catappult.inapp.purchase.NEWSUB000001" to "premium_monthly" for "com.example.game" bought just now, not yet acknowledged
    And the Catappult backend of "com.example.game" <credentials>
    When the Catappult backend acknowledges subscription "catappult.inapp.purchase.NEWSUB000001" of "premium_monthly"
    Then Catappult refuses with status 401 and code "Authorization.Unauthorized"
    When the Catappult backend reads subscription "catappult.inapp.purchase.NEWSUB000001" of "premium_monthly"
    Then Catappult reports acknowledgementState 0

    Examples:
      | case                 | credentials                     |
      | without an Api-Key   | without an Api-Key              |
      | with a wrong Api-Key | with Api-Key "not-the-api-key"  |
