Feature: ONE store access tokens: one live token per app, renewed only in its last 600 seconds
  ONE store's getAccessToken issues a token for 3600 seconds. Asked again while the live token has more
  than 600 seconds left, it answers with that same token and its remaining expires_in; at 600 seconds or
  less it issues a new one. The old token keeps working until it expires; then ONE store refuses it with
  AccessTokenExpired.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"

  Scenario: The same token comes back while more than 600 seconds remain
    When the ONE store backend asks for an access token
    Then ONE store issues a new bearer access token that expires in 3600 seconds
    When 1000 seconds pass
    And the ONE store backend asks for an access token
    Then ONE store answers with the same access token, which now expires in 2600 seconds
    When 1999 seconds pass
    And the ONE store backend asks for an access token
    Then ONE store answers with the same access token, which now expires in 601 seconds

  Scenario: A new token is issued once 600 seconds or less remain
    Given the ONE store backend has obtained an access token
    When 3000 seconds pass
    And the ONE store backend asks for an access token
    Then ONE store issues a new bearer access token that expires in 3600 seconds

  Scenario: The old token works until it expires, then ONE store refuses it as expired
    Given the ONE store backend has obtained an access token
    And 3000 seconds pass
    And the ONE store backend has obtained an access token
    When 599 seconds pass
    And a caller reads ONE store purchase "SANDBOX0000000000001" with the first access token
    Then ONE store accepts the call
    When 1 more second passes
    And a caller reads ONE store purchase "SANDBOX0000000000001" with the first access token
    Then ONE store refuses with status 401 and code "AccessTokenExpired"
    When a caller reads ONE store purchase "SANDBOX0000000000001" with the latest access token
    Then ONE store accepts the call

  Scenario: The backend's client renews its token by itself
    When the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports consumptionState 0 and purchaseState 0
    When 2 hours pass
    And the ONE store backend reads purchase "SANDBOX0000000000001"
    Then ONE store reports consumptionState 0 and purchaseState 0
