Feature: A slow store
  A store that takes longer to answer than the backend is willing to wait. The client's request timeout
  ends the attempt and the retry gets the answer, long before the slow one would have come; the store
  still answers the first attempt, to a connection nobody listens on. A store that is slow but answers
  within the timeout is simply waited for. These timings are real: the backend waits at most 400
  milliseconds for each answer.

  Background:
    Given the stores are running without injected faults
    And a backend of "com.example.game" whose client tries each call up to 3 times within 2 minutes
    And the backend's client waits at most 400 milliseconds for each answer

  Scenario Outline: <store>: the first answer is too slow, and the retry gets it
    Given <store> takes 1200 milliseconds to answer the next request for "<purchase>"
    When the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend gets the purchase
    And the backend had its answer before the slow one would have come
    And the injected fault hit 1 of the 2 requests
    And <store>'s late answer to the first attempt arrives after the backend stopped listening

    Examples:
      | store      | purchase                                | product   |
      | Cafebazaar | demo-purchase-active                    | coins_100 |
      | ONE store  | SANDBOX0000000000001                    | coins_100 |
      | Catappult  | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  |

  Scenario Outline: <store>: slow, but within the timeout: the backend simply waits
    Given <store> takes 100 milliseconds to answer every request for "<purchase>"
    When the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend gets the purchase
    And <store> was asked 1 time for "<purchase>"
    And the injected fault fired 1 time

    Examples:
      | store      | purchase                                | product   |
      | Cafebazaar | demo-purchase-active                    | coins_100 |
      | ONE store  | SANDBOX0000000000001                    | coins_100 |
      | Catappult  | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  |
