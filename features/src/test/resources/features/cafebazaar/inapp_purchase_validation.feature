Feature: Validating in-app purchases
  Before granting an item, the backend asks Cafebazaar about the purchase token the app sent it.
  Beware Cafebazaar's encoding: consumptionState 0 means CONSUMED and 1 means not consumed (the
  opposite of ONE store and Catappult); purchaseState 1 means refunded.

  Background:
    Given the backend of "com.example.game" holds the developer's refresh token

  Scenario Outline: The store reports a <state> purchase
    When the backend validates purchase "<token>" of product "coins_100"
    Then the store reports consumptionState <consumptionState> and purchaseState <purchaseState>
    And the backend reads the purchase as <consumed> and <refunded>
    And the developer payload is "<payload>"

    Examples:
      | state    | token                  | consumptionState | purchaseState | consumed     | refunded     | payload          |
      | active   | demo-purchase-active   | 1                | 0             | not consumed | not refunded | something        |
      | consumed | demo-purchase-consumed | 0                | 0             | consumed     | not refunded | consumed-payload |
      | refunded | demo-purchase-refunded | 1                | 1             | not consumed | refunded     | refunded-payload |

  Scenario: The purchase time is in epoch milliseconds
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the purchase was made at "2014-10-24T20:09:38.566Z"

  Scenario: An unknown purchase token is not found
    When the backend validates purchase "forged-token" of product "coins_100"
    Then the store refuses with status 404 and error "not_found"
    And the store explains "The requested purchase is not found!"

  Scenario: A genuine token checked against another product is not found
    When the backend validates purchase "demo-purchase-active" of product "coins_1000"
    Then the store refuses with status 404 and error "not_found"
