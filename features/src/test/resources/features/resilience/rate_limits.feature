Feature: Living within a store's rate limit
  A store that counts calls answers 429 Too Many Requests once the backend goes over its limit, with a
  Retry-After header saying when the window ends. The client waits exactly that long — no jitter, no cap —
  if the wait ends within its deadline, then tries again. If it would not, the client gives up at once with
  the store's 429 instead of hanging: a daily quota that resets at midnight UTC is hours away.

  The backend's waits pass on the emulator's clock, so nothing here really sleeps, and the store's window
  ends just as it would in real time. Every scenario starts at 09:00 UTC.

  Background:
    Given the stores are running without injected faults
    And a backend of "com.example.game" whose client tries each call up to 3 times within 2 minutes

  Scenario Outline: <store>: over a per-minute limit, the client waits as told and succeeds
    Given <store> allows 1 request per minute for "<purchase>"
    And the backend has validated <store> purchase "<purchase>" of product "<product>"
    When the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend gets the purchase
    And the backend's client waited 60 seconds before retrying, as the store's Retry-After said
    And <store> was asked 3 times for "<purchase>"
    And <store> answered 1 of them with status 429

    Examples:
      | store      | purchase                                | product   |
      | Cafebazaar | demo-purchase-active                    | coins_100 |
      | ONE store  | SANDBOX0000000000001                    | coins_100 |
      | Catappult  | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  |

  Scenario Outline: <store>: once the daily quota is used up, the client gives up at once
    Given <store> allows 1 request per day for "<purchase>"
    And the backend has validated <store> purchase "<purchase>" of product "<product>"
    When the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend is refused with 429 "<error>" after 1 attempt
    And the backend's client gave up at once, without waiting
    When 15 hours pass
    And the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend gets the purchase

    Examples:
      | store      | purchase                                | product   | error               |
      | Cafebazaar | demo-purchase-active                    | coins_100 | rate_limit_exceeded |
      | ONE store  | SANDBOX0000000000001                    | coins_100 | TooManyRequests     |
      | Catappult  | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  | Request.TooMany     |
