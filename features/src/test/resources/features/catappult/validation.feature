Feature: Validating Catappult in-app purchases
  Before granting an item, the backend asks Catappult about the purchase token the app sent it. Validation
  needs no credentials, and a 200 answer is itself the verdict "valid": only a token that exists, starts with
  "catappult.inapp.purchase." and belongs to that package and SKU gets one; anything else is 404 NotFound.
  Catappult serves two API families: the legacy "product" one wraps the purchase in "resource", the newer
  "productv2" one answers it flat. Both report the same purchase. consumptionState 1 means consumed (the
  opposite of Cafebazaar); purchaseState 1 means canceled.

  Background:
    Given the Catappult backend of "com.example.game"

  Scenario Outline: The <family> family reports a <state> purchase
    When the Catappult backend validates purchase "<token>" of product "attempts" through the "<family>" family
    Then Catappult reports consumptionState <consumptionState> and purchaseState <purchaseState>
    And the Catappult backend reads the purchase as <consumed> and <canceled>

    Examples:
      | family    | state    | token                                   | consumptionState | purchaseState | consumed     | canceled     |
      | product   | active   | catappult.inapp.purchase.DEMOACTIVE0001 | 0                | 0             | not consumed | not canceled |
      | product   | consumed | catappult.inapp.purchase.DEMOCONSUMED01 | 1                | 0             | consumed     | not canceled |
      | product   | canceled | catappult.inapp.purchase.DEMOCANCELED01 | 0                | 1             | not consumed | canceled     |
      | productv2 | active   | catappult.inapp.purchase.DEMOACTIVE0001 | 0                | 0             | not consumed | not canceled |
      | productv2 | consumed | catappult.inapp.purchase.DEMOCONSUMED01 | 1                | 0             | consumed     | not canceled |
      | productv2 | canceled | catappult.inapp.purchase.DEMOCANCELED01 | 0                | 1             | not consumed | canceled     |

  Scenario Outline: The <family> family tells when the purchase was made, its order id and its payload
    When the Catappult backend validates purchase "catappult.inapp.purchase.DEMOACTIVE0001" of product "attempts" through the "<family>" family
    Then Catappult reports the purchase was made 2 hours ago
    And the Catappult purchase has order id "Z3LGN5Q7HWR4EYNM" and developer payload "demo-payload"

    Examples:
      | family    |
      | product   |
      | productv2 |

  Scenario: Both families report the same purchase, each in its own shape
    When the Catappult backend validates purchase "catappult.inapp.purchase.DEMOACTIVE0001" of product "attempts" through the "product" family
    And the Catappult backend validates purchase "catappult.inapp.purchase.DEMOACTIVE0001" of product "attempts" through the "productv2" family
    Then both families report the same purchase: time, states, order id, payload, token and SKU
    And the "product" answer is of kind "androidpublisher#productPurchase"
    And the "product" answer names no currency
    And the "productv2" answer is of kind "androidpublisher#inappPurchase"
    And the "productv2" answer names currency "EUR"

  Scenario: A token without the catappult.inapp.purchase. prefix is not found
    When the Catappult backend validates purchase "DEMOACTIVE0001" of product "attempts"
    Then Catappult refuses with status 404 and code "NotFound"
    When the Catappult backend validates purchase "catappult.inapp.purchase.DEMOACTIVE0001" of product "attempts"
    Then Catappult accepts the call

  Scenario Outline: Only an exact match of package, SKU and token is valid: <case> is not found
    Given the Catappult backend of "<package>"
    When the Catappult backend validates purchase "<token>" of product "<product>" through the "<family>" family
    Then Catappult refuses with status 404 and code "NotFound"

    Examples:
      | case                        | package           | product   | token                                   | family    |
      | an unknown token            | com.example.game  | attempts  | catappult.inapp.purchase.NOSUCHTOKEN1   | productv2 |
      | a genuine token, other SKU  | com.example.game  | coins_100 | catappult.inapp.purchase.DEMOACTIVE0001 | productv2 |
      | a genuine token, other app  | com.example.other | attempts  | catappult.inapp.purchase.DEMOACTIVE0001 | productv2 |
      | an unknown token, legacy    | com.example.game  | attempts  | catappult.inapp.purchase.NOSUCHTOKEN1   | product   |
      | other SKU, legacy           | com.example.game  | coins_100 | catappult.inapp.purchase.DEMOACTIVE0001 | product   |
      | other app, legacy           | com.example.other | attempts  | catappult.inapp.purchase.DEMOACTIVE0001 | product   |
