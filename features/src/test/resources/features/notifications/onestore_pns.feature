Feature: ONE store tells the backend of payments and refunds, late, twice, never or forged
  ONE store POSTs a signed message (PNS) to the URL the developer registered for each payment and
  cancellation, and warns that messages may be delayed or lost. The backend checks the signature with the
  app's license key, handles each message once, and reconciles through the voided purchases.

  Background:
    Given the ONE store backend of "com.example.game" with client secret "demo-client-secret"
    And the backend receives the PNS of "com.example.game"

  Scenario: A refund reaches the backend as a signed CANCELED message
    When support refunds the ONE store sandbox purchase "SANDBOX0000000000001"
    Then the backend receives a CANCELED PNS for "SANDBOX0000000000001" that verifies with the license key

  Scenario: The backend was down: the delivery is retried as the clock moves
    Given the backend refuses the next 2 deliveries
    When support refunds the ONE store sandbox purchase "SANDBOX0000000000001"
    Then the PNS for "SANDBOX0000000000001" is pending after 1 failed attempt
    When 10 seconds pass
    Then the PNS for "SANDBOX0000000000001" is pending after 2 failed attempts
    When 1 minute passes
    Then the backend receives a CANCELED PNS for "SANDBOX0000000000001" that verifies with the license key
    And the PNS for "SANDBOX0000000000001" was delivered at attempt 3

  Scenario: A duplicate is delivered and the backend revokes once
    Given the store will send its next "CANCELED" notification twice
    When support refunds the ONE store sandbox purchase "SANDBOX0000000000001"
    Then the backend receives 2 CANCELED PNS for "SANDBOX0000000000001" and revokes the purchase once

  Scenario: A lost notification: the backend reconciles through the voided purchases
    Given the store will lose its next "CANCELED" notification
    When support refunds the ONE store sandbox purchase "SANDBOX0000000000001"
    Then the PNS for "SANDBOX0000000000001" was lost
    When the ONE store backend reads the first page of voided purchases, 10 per page
    Then the ONE store page lists "SANDBOX0000000000005, SANDBOX0000000000004, SANDBOX0000000000003, SANDBOX0000000000001" and carries no continuation key

  Scenario: A forged message is rejected by the verifier
    Given the store will forge the signature of its next "CANCELED" notification
    When support refunds the ONE store sandbox purchase "SANDBOX0000000000001"
    Then the backend rejects the PNS for "SANDBOX0000000000001" as forged
