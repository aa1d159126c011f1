Feature: Riding out a burst of 503s
  A store under load answers 503 Service Unavailable for a moment. The backend's client retries with a
  short backoff, so a short burst never reaches the backend: its call succeeds on the third attempt. The
  request journal shows the three requests, and the injected fault says it fired twice. A burst that
  outlasts the client's attempts reaches the backend as the store's own 503.

  Background:
    Given the stores are running without injected faults
    And a backend of "com.example.game" whose client tries each call up to 3 times within 2 minutes

  Scenario Outline: <store>: two 503s in a row, and the purchase is validated all the same
    Given <store> answers the next 2 requests for "<purchase>" with status 503
    When the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend gets the purchase
    And <store> was asked 3 times for "<purchase>"
    And <store> answered 2 of them with status 503
    And the injected fault fired 2 times

    Examples:
      | store      | purchase                                | product   |
      | Cafebazaar | demo-purchase-active                    | coins_100 |
      | ONE store  | SANDBOX0000000000001                    | coins_100 |
      | Catappult  | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  |

  Scenario Outline: <store>: a burst longer than the client's attempts reaches the backend
    Given <store> answers the next 5 requests for "<purchase>" with status 503
    When the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend is refused with 503 "<error>" after 3 attempts
    And the injected fault fired 3 times

    Examples:
      | store      | purchase                                | product   | error               |
      | Cafebazaar | demo-purchase-active                    | coins_100 | service_unavailable |
      | ONE store  | SANDBOX0000000000001                    | coins_100 | ServiceUnavailable  |
      | Catappult  | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  | Service.Unavailable |
