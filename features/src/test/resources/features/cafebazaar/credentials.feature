Feature: Credentials, and the packages they open
  Besides OAuth, a backend can authenticate with the app's static Pishkhan API secret from the
  developer panel. Either way, credentials open only the packages of their own developer account.

  The demo world has two developer accounts: one publishes "com.example.game" (Pishkhan secret
  "demo-pishkhan-secret"), the other publishes "com.example.other" (Pishkhan secret
  "other-pishkhan-secret", OAuth client "other-client-id").

  Scenario: The Pishkhan secret opens the API without OAuth
    Given the backend of "com.example.game" authenticates with Pishkhan secret "demo-pishkhan-secret"
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store answers with the purchase
    When the backend reads subscription "demo-sub-active" of "premium_monthly"
    Then the subscription is active now

  Scenario: A wrong Pishkhan secret is refused
    Given the backend of "com.example.game" authenticates with Pishkhan secret "not-the-secret"
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store refuses with status 403 and error "invalid_credentials"

  Scenario: Another account's Pishkhan secret does not open the package
    Given the backend of "com.example.game" authenticates with Pishkhan secret "other-pishkhan-secret"
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store refuses with status 404 and error "invalid_value"
    And the store explains "Package name is invalid"

  Scenario: Another account's OAuth client does not open the package
    Given the backend of "com.example.game" uses OAuth client "other-client-id" with secret "other-client-secret"
    And the developer has authorized the backend
    And the backend has exchanged the code
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store refuses with status 404 and error "invalid_value"

  Scenario: An access token the store never issued is refused
    Given the backend of "com.example.game" holds only the access token "never-issued"
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store refuses with status 401 and error "invalid_credentials"
