package dev.storeemulator.contracts.notify;

import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.State;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ONE store notification pact's states and messages, for the in-process and the container verification. */
abstract class OneStorePnsProvider {
    abstract NotificationProviderStates states();

    @State(OneStorePnsMessagePactTest.REFUNDED)
    public void refunded() {
        states().refundedOneStore();
    }

    @State(OneStorePnsMessagePactTest.MADE)
    public void made() {
        states().madeOneStore();
    }

    @State(OneStorePnsMessagePactTest.CANCEL_RESERVED)
    public void cancelReserved() {
        states().cancelReservedOneStore();
    }

    @PactVerifyProvider("a signed CANCELED payment message")
    public String canceled() {
        return states().last("onestore", "CANCELED");
    }

    @PactVerifyProvider("a signed COMPLETED payment message")
    public String completed() {
        return states().last("onestore", "COMPLETED");
    }

    @PactVerifyProvider("a signed subscription cancellation message")
    public String subscriptionCanceled() {
        return states().last("onestore", "SUBSCRIPTION_CANCELED");
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honoursTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
