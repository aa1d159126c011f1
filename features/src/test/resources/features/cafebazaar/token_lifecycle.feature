Feature: Access tokens expire; the backend refreshes them
  An access token lives 3600 seconds: expires_in counts seconds, not milliseconds. The backend keeps
  the refresh token and fetches a new access token shortly before the old one expires (the reference
  client does so 60 seconds ahead), or once the store has refused it with 401. Refresh tokens do not
  rotate: the refresh answer carries no new refresh token, and the kept one goes on working.

  Background:
    Given the backend of "com.example.game" uses OAuth client "demo-client-id" with secret "demo-client-secret"
    And the developer has authorized the backend
    And the backend has exchanged the code

  Scenario: The store accepts an access token for 3600 seconds, then refuses it
    When 3599 seconds pass
    And a caller holding only the access token validates purchase "demo-purchase-active" of product "coins_100"
    Then the store answers with the purchase
    When 1 more second passes
    And a caller holding only the access token validates purchase "demo-purchase-active" of product "coins_100"
    Then the store refuses with status 401 and error "invalid_credentials"

  Scenario: The backend refreshes its token shortly before it expires
    When 3570 seconds pass
    And the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store answers with the purchase
    And the backend has refreshed its access token 1 time
    And the backend now uses a new access token

  Scenario: The backend keeps its token while it is far from expiry
    When 3500 seconds pass
    And the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store answers with the purchase
    And the backend has refreshed its access token 0 times

  Scenario: The backend recovers when the store refuses an expired token
    Given the backend restarts, keeping its access token and refresh token but not the token's expiry
    When 2 hours pass
    And the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store answers with the purchase
    And the backend has refreshed its access token 1 time
    And the backend now uses a new access token

  Scenario: Refresh tokens do not rotate
    When the backend refreshes its access token
    Then the backend receives a Bearer access token that expires in 3600 seconds
    And the answer carries no new refresh token
    And the backend still holds the refresh token it received with the code
    When 30 days pass
    And the backend refreshes its access token
    Then the backend receives a Bearer access token that expires in 3600 seconds
    And the backend still holds the refresh token it received with the code

  Scenario: A refresh token that was never issued is refused
    Given the backend restarts with refresh token "never-issued"
    When the backend refreshes its access token
    Then the store refuses with status 400 and error "invalid_grant"
