Feature: Subscription status as time passes
  The backend reads a subscription with any of its billing tokens. Cafebazaar answers even for an
  expired subscription: the backend must compare validUntilTimestampMsec with now rather than trust
  the answer. The emulator's clock stands still unless a step says that time passes.

  Background:
    Given the backend of "com.example.game" holds the developer's refresh token

  Scenario Outline: The store reports a <state> subscription
    When the backend reads subscription "<token>" of "premium_monthly"
    Then the subscription is <activity> now
    And the subscription <renewal> automatically
    And the subscription started <started>
    And the subscription is valid until <valid until>

    Examples:
      | state     | token              | activity   | renewal        | started     | valid until      |
      | running   | demo-sub-active    | active     | renews         | 40 days ago | 20 days from now |
      | cancelled | demo-sub-cancelled | active     | does not renew | 5 days ago  | 25 days from now |
      | lapsed    | demo-sub-expired   | not active | does not renew | 45 days ago | 15 days ago      |

  Scenario: A cancelled subscription lapses when the clock reaches validUntil, and the store still answers
    When 24 days pass
    And the backend reads subscription "demo-sub-cancelled" of "premium_monthly"
    Then the subscription is active now
    When 1 more day passes
    And the backend reads subscription "demo-sub-cancelled" of "premium_monthly"
    Then the store answers with the subscription
    But the subscription is not active now

  Scenario: An auto-renewing subscription renews for another month when the clock reaches validUntil
    When 20 days pass
    And the backend reads subscription "demo-sub-active" of "premium_monthly"
    Then the subscription is active now
    And the subscription renews automatically
    And the subscription is valid until 31 days from now

  Scenario: A later billing token identifies the same subscription
    When the backend reads subscription "demo-sub-active-renewal-1" of "premium_monthly"
    Then the subscription is active now
    And the subscription's linked token is "demo-sub-active"

  Scenario: An unknown subscription token is not found
    When the backend reads subscription "forged-token" of "premium_monthly"
    Then the store refuses with status 404 and error "not_found"
    And the store explains "The requested subscription is not found!"
