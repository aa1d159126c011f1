Feature: Authorizing a backend with OAuth
  A backend calls Cafebazaar's Developer API with an access token. To get the first one, the
  developer opens Cafebazaar's authorize page once and clicks "Authorize"; the browser is sent back
  to the redirect URI registered for the OAuth client with a one-time code, which the backend
  exchanges for an access token and a refresh token.

  The demo world registers OAuth client "demo-client-id" (secret "demo-client-secret", redirect URI
  "http://localhost:8765/callback") for the developer account that publishes "com.example.game".

  Background:
    Given the backend of "com.example.game" uses OAuth client "demo-client-id" with secret "demo-client-secret"

  Scenario: The developer authorizes the backend, which exchanges the code for tokens
    When the developer opens the authorize page with state "session-42" and clicks Authorize
    Then the browser is sent to "http://localhost:8765/callback" with a 40-character code and state "session-42"
    When the backend exchanges the code
    Then the backend receives a Bearer access token that expires in 3600 seconds
    And the token's scope is "androidpublisher"
    And the backend receives a refresh token to keep
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store answers with the purchase

  Scenario: The authorize form is refused without the page's own CSRF token
    When the developer's browser posts the authorize form with the token "forged-token" instead of the page's
    Then the store answers with its 403 CSRF page and no redirect

  Scenario: A code works only once
    Given the developer has authorized the backend
    And the backend has exchanged the code
    When the backend exchanges the same code again
    Then the store refuses with status 400 and error "invalid_grant"

  Scenario: A code is still good shortly before 10 minutes have passed
    Given the developer has authorized the backend
    When 599 seconds pass
    And the backend exchanges the code
    Then the backend receives a refresh token to keep

  Scenario: A code expires after 10 minutes
    Given the developer has authorized the backend
    When 10 minutes pass
    And the backend exchanges the code
    Then the store refuses with status 400 and error "invalid_grant"

  Scenario: A code belongs to the OAuth client it was issued to
    Given the developer has authorized the backend
    When another backend exchanges the code as OAuth client "other-client-id" with secret "other-client-secret"
    Then the store refuses with status 400 and error "invalid_grant"

  Scenario: A wrong client secret cannot exchange a code
    Given the developer has authorized the backend
    When the backend exchanges the code with client secret "not-the-secret"
    Then the store refuses with status 401 and error "invalid_client"
