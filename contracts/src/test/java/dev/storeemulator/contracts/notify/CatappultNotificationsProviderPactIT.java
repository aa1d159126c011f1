package dev.storeemulator.contracts.notify;

import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.emulator.StoreEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The committed message pact, verified against what the emulator in process sends. */
@Provider(CatappultNotificationsMessagePactTest.PROVIDER)
@PactFolder("pacts")
class CatappultNotificationsProviderPactIT extends CatappultNotificationsProvider {
    static StoreEmulator emulator;
    static NotificationProviderStates states;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder().requestLog(false).build().start();
        states = new NotificationProviderStates(new NotificationsDriver(emulator.baseUrl()));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Override
    NotificationProviderStates states() {
        return states;
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget());
    }
}
