Feature: Consuming in-app purchases
  Once the backend has granted a consumable item (coins, gems), it consumes the purchase so that the
  user can buy the product again. After that Cafebazaar reports consumptionState 0.

  Background:
    Given the backend of "com.example.game" holds the developer's refresh token

  Scenario: A consumed purchase is reported consumed
    When the backend consumes purchase "demo-purchase-active"
    Then the store accepts the consumption
    When the backend validates purchase "demo-purchase-active" of product "coins_100"
    Then the store reports consumptionState 0 and purchaseState 0
    And the backend reads the purchase as consumed and not refunded

  Scenario: Consuming twice is refused
    Given the backend has consumed purchase "demo-purchase-active"
    When the backend consumes purchase "demo-purchase-active"
    Then the store refuses with status 400 and error "already_consumed"

  Scenario: A refused consumption changes nothing
    When the backend consumes purchase "demo-purchase-refunded"
    And the backend validates purchase "demo-purchase-refunded" of product "coins_100"
    Then the backend reads the purchase as not consumed and refunded

  Scenario Outline: Consuming <case> is refused
    When the backend consumes purchase "<token>"
    Then the store refuses with status <status> and error "<error>"

    Examples:
      | case                        | token                  | status | error            |
      | a purchase consumed earlier | demo-purchase-consumed | 400    | already_consumed |
      | a refunded purchase         | demo-purchase-refunded | 400    | is_refunded      |
      | a subscription              | demo-sub-active        | 400    | is_subscription  |
      | an unknown token            | forged-token           | 404    | not_found        |
