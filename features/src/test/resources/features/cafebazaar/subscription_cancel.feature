Feature: Cancelling a subscription
  Cancelling turns auto-renewal off; the user keeps what they paid for until validUntil, and then
  the subscription lapses.

  Background:
    Given the backend of "com.example.game" holds the developer's refresh token

  Scenario: A cancelled subscription stays valid until validUntil, then lapses
    When the backend cancels subscription "demo-sub-active" of "premium_monthly"
    Then the store accepts the cancellation
    When the backend reads subscription "demo-sub-active" of "premium_monthly"
    Then the subscription does not renew automatically
    And the subscription is active now
    And the subscription is valid until 20 days from now
    When 20 days pass
    And the backend reads subscription "demo-sub-active" of "premium_monthly"
    Then the subscription is not active now

  Scenario: Cancelling twice is refused
    Given the backend has cancelled subscription "demo-sub-active" of "premium_monthly"
    When the backend cancels subscription "demo-sub-active" of "premium_monthly"
    Then the store refuses with status 400 and error "invalid_value"

  Scenario: A later billing token cancels the whole subscription
    When the backend cancels subscription "demo-sub-active-renewal-1" of "premium_monthly"
    And the backend reads subscription "demo-sub-active" of "premium_monthly"
    Then the subscription does not renew automatically

  Scenario: A cancelled subscription that lapsed as time passed cannot be cancelled
    When 26 days pass
    And the backend cancels subscription "demo-sub-cancelled" of "premium_monthly"
    Then the store refuses with status 400 and error "invalid_value"

  Scenario Outline: Cancelling <case> is refused
    When the backend cancels subscription "<token>" of "premium_monthly"
    Then the store refuses with status <status> and error "<error>"

    Examples:
      | case                                | token              | status | error         |
      | a subscription cancelled earlier    | demo-sub-cancelled | 400    | invalid_value |
      | an expired subscription             | demo-sub-expired   | 400    | invalid_value |
      | a subscription the store never sold | forged-token       | 404    | not_found     |
