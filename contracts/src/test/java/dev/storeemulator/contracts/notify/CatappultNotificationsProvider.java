package dev.storeemulator.contracts.notify;

import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.State;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Catappult notification pact's states and messages, for the in-process and the container verification. */
abstract class CatappultNotificationsProvider {
    abstract NotificationProviderStates states();

    @State(CatappultNotificationsMessagePactTest.REFUNDED)
    public void refunded() {
        states().refundedCatappult();
    }

    @State(CatappultNotificationsMessagePactTest.CANCELLED)
    public void cancelled() {
        states().cancelledCatappult();
    }

    @State(CatappultNotificationsMessagePactTest.TESTED)
    public void tested() {
        states().testedCatappult();
    }

    @State(CatappultNotificationsMessagePactTest.OSP)
    public void ospState() {
        states().ospCompleted();
    }

    @PactVerifyProvider("a one-time product CANCELED notification")
    public String canceled() {
        return states().last("catappult", "CANCELED");
    }

    @PactVerifyProvider("a voided purchase notification")
    public String voided() {
        return states().last("catappult", "VOIDED");
    }

    @PactVerifyProvider("a subscription CANCELED notification")
    public String subscriptionCanceled() {
        return states().last("catappult", "SUBSCRIPTION_CANCELED");
    }

    @PactVerifyProvider("a test notification")
    public String test() {
        return states().last("catappult", "TEST");
    }

    @PactVerifyProvider("a One-Step Payment callback")
    public String osp() {
        return states().last("catappult", "TRANSACTION_COMPLETED");
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honoursTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
