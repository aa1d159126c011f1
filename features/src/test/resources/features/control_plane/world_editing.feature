Feature: Editing the world at run time
  Support edits each store's world through the admin API while the backend keeps calling the stores. A
  change is checked exactly as a fixtures file would be and swapped in at once: a purchase support adds is
  valid through the store's API on the next call, a refund is seen on the next verification, an invalid
  entry is refused with the path of the offending field and changes nothing, and an app or account that
  purchases still reference cannot be deleted. A setting changed at run time changes the store's next
  answer.

  Background:
    Given a backend verifying the purchases of "com.example.game" on every store
    And the backend of "com.example.game" authenticates with Pishkhan secret "demo-pishkhan-secret"

  Scenario Outline: <store>: a purchase support adds is valid at once through the store's API
    Given support adds a <store> purchase "<token>" of "<product>" for "com.example.game" bought 1 hour ago
    When the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    Then the verdict is valid
    And the verdict says not consumed and not refunded
    And the verdict entitles the user now

    Examples:
      | store      | product   | token                                  |
      | Cafebazaar | coins_100 | order-42                               |
      | ONE store  | coins_100 | SANDBOX0000000000042                   |
      | Catappult  | attempts  | catappult.inapp.purchase.ORDER42000001 |

  Scenario Outline: <store>: once support refunds a purchase, the verifier says it no longer entitles
    Given support adds a <store> purchase "<token>" of "<product>" for "com.example.game" bought 1 hour ago
    And the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    And the verdict entitles the user now
    When support refunds <store> purchase "<token>"
    And the backend verifies it again
    Then the verdict is valid
    And the verdict says not consumed and refunded
    But the verdict does not entitle the user now

    Examples:
      | store      | product   | token                                  |
      | Cafebazaar | coins_100 | order-42                               |
      | ONE store  | coins_100 | SANDBOX0000000000042                   |
      | Catappult  | attempts  | catappult.inapp.purchase.ORDER42000001 |

  Scenario Outline: <store>: a purchase without a product is refused with the field's path, and nothing changes
    When support tries to add a <store> purchase "<token>" for "com.example.game" without a product
    Then the change is refused as invalid, with a problem at "<path>" naming "productId"
    And support finds no <store> purchase "<token>"
    When the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    Then the verdict is invalid

    Examples:
      | store      | product   | token                                  | path                              |
      | Cafebazaar | coins_100 | order-42                               | cafebazaar.purchases[3]           |
      | ONE store  | coins_100 | SANDBOX0000000000042                   | onestore.sandbox.purchases[5]     |
      | Catappult  | attempts  | catappult.inapp.purchase.ORDER42000001 | catappult.purchases[3]            |

  Scenario Outline: <store>: the <owner> that purchases still reference cannot be deleted
    When support tries to delete the <store> <owner> "<id>"
    Then the change is refused as a conflict
    And support still finds the <store> <owner> "<id>"
    When the backend verifies <store> purchase "<token>" of "com.example.game" for product "<product>"
    Then the verdict is valid

    Examples:
      | store      | owner   | id               | product   | token                                   |
      | Cafebazaar | account | demo-developer   | coins_100 | demo-purchase-active                    |
      | ONE store  | app     | com.example.game | coins_100 | SANDBOX0000000000001                    |
      | Catappult  | app     | com.example.game | attempts  | catappult.inapp.purchase.DEMOACTIVE0001 |

  Scenario: Turning Cafebazaar's appendSlash off makes a path without its trailing slash unknown
    When a caller asks Cafebazaar for purchase "demo-purchase-active" of product "coins_100" of "com.example.game" with Pishkhan secret "demo-pishkhan-secret", leaving out the trailing slash
    Then the store redirects the caller to the same path with the trailing slash
    When support turns Cafebazaar's appendSlash setting off
    And a caller asks Cafebazaar for purchase "demo-purchase-active" of product "coins_100" of "com.example.game" with Pishkhan secret "demo-pishkhan-secret", leaving out the trailing slash
    Then the store does not know the path

  Scenario: An error override changes what Cafebazaar answers for an unknown purchase
    When the backend validates purchase "forged-token" of product "coins_100"
    Then the store refuses with status 404 and error "not_found"
    And the store explains "The requested purchase is not found!"
    When support overrides Cafebazaar's "purchaseNotFound" error with status 410 and description "This purchase is gone."
    And the backend validates purchase "forged-token" of product "coins_100"
    Then the store refuses with status 410 and error "not_found"
    And the store explains "This purchase is gone."
