Feature: Catappult tells the backend of refunds
  Catappult POSTs Real-Time Developer Notifications to the app's URL. They are not signed: the backend
  re-queries the purchase before it acts.

  Scenario: A refund reaches the backend as CANCELED and voided notifications
    Given the backend receives the notifications of Catappult app "com.example.game"
    When support refunds the Catappult purchase "catappult.inapp.purchase.DEMOACTIVE0001"
    Then the backend receives a CANCELED one-time product notification for "catappult.inapp.purchase.DEMOACTIVE0001"
    And the backend receives a voided purchase notification for "catappult.inapp.purchase.DEMOACTIVE0001"
