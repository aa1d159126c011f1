Feature: ONE store accepts only "Authorization: Bearer <token>"
  The Server API reads the access token from exactly "Authorization: Bearer <token>": the scheme spelled
  Bearer, one space, the bare token. Any other form is refused with 401 InvalidAccessToken.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"
    And the ONE store backend has obtained an access token

  Scenario: The right form opens the purchase
    When a caller reads ONE store purchase "SANDBOX0000000000001" sending "Bearer <token>" as the Authorization header
    Then ONE store accepts the call

  Scenario Outline: The header "Authorization: <form>" is refused
    When a caller reads ONE store purchase "SANDBOX0000000000001" sending "<form>" as the Authorization header
    Then ONE store refuses with status 401 and code "InvalidAccessToken"

    Examples:
      | form             |
      | <token>          |
      | bearer <token>   |
      | Bearer <<token>> |
      | Bearer<token>    |
      | Bearer  <token>  |

  Scenario: A call without an Authorization header is refused
    When a caller reads ONE store purchase "SANDBOX0000000000001" without an Authorization header
    Then ONE store refuses with status 401 and code "InvalidAccessToken"
