Feature: Paging through ONE store's voided purchases
  getVoidedPurchases lists the cancelled purchases of the last 30 days, oldest void first, a page at a
  time. Each page but the last carries a continuation key; the key fixes the window and the position,
  so the pages being walked stay the same while new voids arrive.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"

  Scenario: The backend walks every voided purchase one page at a time
    When the ONE store backend reads the first page of voided purchases, 1 per page
    Then the ONE store page lists "SANDBOX0000000000005" with a continuation key
    When the ONE store backend reads the next page of voided purchases
    Then the ONE store page lists "SANDBOX0000000000004" with a continuation key
    When the ONE store backend reads the next page of voided purchases
    Then the ONE store page lists "SANDBOX0000000000003" and carries no continuation key

  Scenario: Following the continuation keys collects every voided purchase
    When the ONE store backend collects every voided purchase of the last 30 days, 1 per page
    Then the ONE store backend has collected the voided purchases "SANDBOX0000000000005, SANDBOX0000000000004, SANDBOX0000000000003", in that order

  Scenario: A new void does not disturb the pages being walked
    When the ONE store backend reads the first page of voided purchases, 1 per page
    Then the ONE store page lists "SANDBOX0000000000005" with a continuation key
    # the unconsumed SANDBOX0000000000001 is refunded automatically meanwhile
    When 3 days pass
    And the ONE store backend reads the next page of voided purchases
    Then the ONE store page lists "SANDBOX0000000000004" with a continuation key
    When the ONE store backend reads the next page of voided purchases
    Then the ONE store page lists "SANDBOX0000000000003" and carries no continuation key
    When the ONE store backend collects every voided purchase of the last 30 days, 1 per page
    Then the ONE store backend has collected the voided purchases "SANDBOX0000000000005, SANDBOX0000000000004, SANDBOX0000000000003, SANDBOX0000000000001", in that order
