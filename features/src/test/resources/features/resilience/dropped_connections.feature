Feature: A dropped connection
  The connection to the store breaks: it is reset in the middle of a request, or closed without a word.
  The client tries again and the backend gets its answer.

  For a call that changes the purchase, the break can come after the store has acted. A consume is then
  done, but its answer is lost, and the retry is told "already consumed". The client cannot know whether
  its own first attempt consumed the purchase or something else did — a second server, a replayed purchase
  token — so it passes the store's refusal on, flagged as possibly caused by its own earlier attempt. Only
  the backend's own records can decide: grant the purchase if it has not been granted yet, and never twice.
  An "already consumed" on a first attempt is not flagged: that purchase was consumed before, by a replay.
  Catappult has no consume; its acknowledge can be repeated and answers 204 every time, so a retry after a
  lost answer simply succeeds.

  Background:
    Given the stores are running without injected faults
    And a backend of "com.example.game" whose client tries each call up to 3 times within 2 minutes

  Scenario Outline: <store> <drops> on a validation, and the retry gets the purchase
    Given <store> <drops> on the next request for "<purchase>"
    When the backend validates <store> purchase "<purchase>" of product "<product>"
    Then the backend gets the purchase
    And <store> was asked 2 times for "<purchase>"
    And the injected fault fired 1 time

    Examples:
      | store      | drops                       | purchase                                | product   |
      | Cafebazaar | resets the connection       | demo-purchase-active                    | coins_100 |
      | Cafebazaar | hangs up without answering  | demo-purchase-active                    | coins_100 |
      | ONE store  | resets the connection       | SANDBOX0000000000001                    | coins_100 |
      | ONE store  | hangs up without answering  | SANDBOX0000000000001                    | coins_100 |
      | Catappult  | resets the connection       | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  |
      | Catappult  | hangs up without answering  | catappult.inapp.purchase.DEMOACTIVE0001 | attempts  |

  Scenario Outline: <store> consumes the purchase but the answer is lost: the retry is told "already consumed"
    Given <store> handles the next request for "<purchase>", but the connection is reset before its answer arrives
    When the backend consumes <store> purchase "<purchase>"
    Then the backend is refused with <status> "<error>" after 2 attempts
    And the client flags the refusal as possibly caused by its own earlier attempt
    And <store> was asked 2 times for "<purchase>"
    And <store> reports purchase "<purchase>" of product "coins_100" consumed
    And the backend should grant the purchase, unless its own records show it already has

    Examples:
      | store      | purchase             | status | error                |
      | Cafebazaar | demo-purchase-active | 400    | already_consumed     |
      | ONE store  | SANDBOX0000000000001 | 409    | InvalidPurchaseState |

  Scenario Outline: <store>: an "already consumed" on the first attempt is not the client's doing
    Given the backend has consumed <store> purchase "<purchase>"
    When the backend consumes <store> purchase "<purchase>"
    Then the backend is refused with <status> "<error>" after 1 attempt
    And the client does not flag the refusal as possibly caused by its own earlier attempt
    And the backend should treat it as a replay and grant nothing

    Examples:
      | store      | purchase             | status | error                |
      | Cafebazaar | demo-purchase-active | 400    | already_consumed     |
      | ONE store  | SANDBOX0000000000001 | 409    | InvalidPurchaseState |

  Scenario: Catappult acknowledges the subscription but the answer is lost: the retry simply succeeds
    Given Catappult handles the next request for "catappult.inapp.purchase.DEMOSUBACTIVE1", but the connection is reset before its answer arrives
    When the backend acknowledges Catappult subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly"
    Then the backend's call succeeds
    And Catappult was asked 2 times for "catappult.inapp.purchase.DEMOSUBACTIVE1"
    And Catappult reports subscription "catappult.inapp.purchase.DEMOSUBACTIVE1" of "premium_monthly" acknowledged
