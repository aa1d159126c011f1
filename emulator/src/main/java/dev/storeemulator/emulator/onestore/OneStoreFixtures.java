package dev.storeemulator.emulator.onestore;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.core.BillingPeriod;
import dev.storeemulator.emulator.core.BillingTerms;
import dev.storeemulator.emulator.core.RenewalOutcomes;
import dev.storeemulator.emulator.fixtures.FixtureProblems;
import dev.storeemulator.emulator.fixtures.TimeValue;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The {@code onestore:} section of a fixtures file: the apps (client_id is the package name) and, per
 * environment, the purchases and recurring series. Sandbox and commercial are separate worlds.
 */
public record OneStoreFixtures(
        @JsonProperty("apps") List<App> apps,
        @JsonProperty("sandbox") World sandbox,
        @JsonProperty("commercial") World commercial,
        @JsonProperty("settings") Settings settings)
        implements dev.storeemulator.emulator.fixtures.FixtureSection.Value {

    public OneStoreFixtures {
        apps = apps == null ? List.of() : List.copyOf(apps);
        sandbox = sandbox == null ? World.EMPTY : sandbox;
        commercial = commercial == null ? World.EMPTY : commercial;
        settings = settings == null ? new Settings(null, null, null, null, null) : settings;
    }

    public static OneStoreFixtures empty() {
        return new OneStoreFixtures(null, null, null, null);
    }

    /**
     * An app registered in the developer center; its client_id is its package name. A {@code global} app
     * (distributed worldwide) answers v7 calls only with {@code x-market-code: MKT_GLB}. {@code notifications} are
     * its PNS URLs per environment; {@code licenseKey} (Base64 X.509) and {@code signingKey} (Base64 PKCS#8) the RSA
     * pair its PNS messages are signed with, made by the emulator when not given.
     */
    public record App(
            @JsonProperty("packageName") String packageName,
            @JsonProperty("clientSecret") String clientSecret,
            @JsonProperty("global") boolean global,
            @JsonProperty("notifications") Notifications notifications,
            @JsonProperty("licenseKey") String licenseKey,
            @JsonProperty("signingKey") String signingKey,
            @JsonProperty("sandboxPeriod") BillingPeriod sandboxPeriod) {

        public App(String packageName, String clientSecret, boolean global) {
            this(packageName, clientSecret, global, null, null, null, null);
        }

        public App(
                String packageName,
                String clientSecret,
                boolean global,
                Notifications notifications,
                String licenseKey,
                String signingKey) {
            this(packageName, clientSecret, global, notifications, licenseKey, signingKey, null);
        }

        /** The same app with these keys. */
        public App withKeys(String newLicenseKey, String newSigningKey) {
            return new App(
                    packageName, clientSecret, global, notifications, newLicenseKey, newSigningKey, sandboxPeriod);
        }
    }

    /** Where ONE store sends an app's PNS messages, per environment (Developer Center, "Manage PNS"). */
    public record Notifications(
            @JsonProperty("sandbox") String sandbox,
            @JsonProperty("commercial") String commercial) {

        /** The URL for {@code environment}, or null. */
        public String url(OneStoreState.Environment environment) {
            return environment == OneStoreState.Environment.SANDBOX ? sandbox : commercial;
        }
    }

    /** The purchases of one environment. */
    public record World(
            @JsonProperty("purchases") List<Purchase> purchases,
            @JsonProperty("recurring") List<Recurring> recurring,
            @JsonProperty("issuedTokens") List<IssuedToken> issuedTokens) {
        static final World EMPTY = new World(null, null, null);

        public World {
            purchases = purchases == null ? List.of() : List.copyOf(purchases);
            recurring = recurring == null ? List.of() : List.copyOf(recurring);
            issuedTokens = issuedTokens == null ? List.of() : List.copyOf(issuedTokens);
        }

        public World(List<Purchase> purchases, List<Recurring> recurring) {
            this(purchases, recurring, null);
        }
    }

    /**
     * An access token already issued to an app (a package name) in this environment, live until
     * {@code expiresAt}: how a restart with {@code --state-dir} keeps a backend's session.
     */
    public record IssuedToken(
            @JsonProperty("accessToken") String accessToken,
            @JsonProperty("clientId") String clientId,
            @JsonProperty("expiresAt") TimeValue expiresAt) {}

    /**
     * An in-app purchase; {@code voidedTime} makes it cancelled (refunded) at that time. {@code price} (a string, as
     * PNS sends it), {@code priceCurrencyCode} and {@code productName} appear only in PNS messages; {@code notify}
     * sends its COMPLETED message when the fixtures load.
     */
    public record Purchase(
            @JsonProperty("purchaseId") String purchaseId,
            @JsonProperty("packageName") String packageName,
            @JsonProperty("productId") String productId,
            @JsonProperty("purchaseTime") TimeValue purchaseTime,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("consumed") boolean consumed,
            @JsonProperty("acknowledged") boolean acknowledged,
            @JsonProperty("voidedTime") TimeValue voidedTime,
            @JsonProperty("purchaseToken") String purchaseToken,
            @JsonProperty("quantity") Integer quantity,
            @JsonProperty("price") String price,
            @JsonProperty("priceCurrencyCode") String priceCurrencyCode,
            @JsonProperty("productName") String productName,
            @JsonProperty("notify") Boolean notifyOnLoad) {

        public Purchase(
                String purchaseId,
                String packageName,
                String productId,
                TimeValue purchaseTime,
                String developerPayload,
                boolean consumed,
                boolean acknowledged,
                TimeValue voidedTime,
                String purchaseToken,
                Integer quantity) {
            this(
                    purchaseId,
                    packageName,
                    productId,
                    purchaseTime,
                    developerPayload,
                    consumed,
                    acknowledged,
                    voidedTime,
                    purchaseToken,
                    quantity,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** A monthly auto-renewing series; {@code renewing: false} means its cancel is reserved. */
    public record Recurring(
            @JsonProperty("purchaseId") String purchaseId,
            @JsonProperty("packageName") String packageName,
            @JsonProperty("productId") String productId,
            @JsonProperty("startTime") TimeValue startTime,
            @JsonProperty("expiryTime") TimeValue expiryTime,
            @JsonProperty("renewing") Boolean renewing,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("period") BillingPeriod period,
            @JsonProperty("lastPaymentTime") TimeValue lastPaymentTime,
            @JsonProperty("renewals") RenewalOutcomes renewals,
            @JsonProperty("pausedUntil") TimeValue pausedUntil) {
        /** A series whose every payment is approved, never paused. */
        public Recurring(
                String purchaseId,
                String packageName,
                String productId,
                TimeValue startTime,
                TimeValue expiryTime,
                Boolean renewing,
                String developerPayload,
                BillingPeriod period,
                TimeValue lastPaymentTime) {
            this(
                    purchaseId,
                    packageName,
                    productId,
                    startTime,
                    expiryTime,
                    renewing,
                    developerPayload,
                    period,
                    lastPaymentTime,
                    null,
                    null);
        }
    }

    /**
     * @param defaultEnvironment where requests go that name no environment: {@code sandbox} (default) or {@code commercial}
     * @param tokenTtl           access token lifetime; default PT1H
     * @param renewWithin        a token request while the live token has more than this left returns it again; default PT10M
     * @param notificationRetries the waits between delivery attempts of a PNS message; default 10 s, 1 min, 10 min, 1 h, 6 h
     */
    public record Settings(
            @JsonProperty("defaultEnvironment") String defaultEnvironment,
            @JsonProperty("tokenTtl") Duration tokenTtl,
            @JsonProperty("renewWithin") Duration renewWithin,
            @JsonProperty("errors") java.util.Map<String, ErrorOverride> errors,
            @JsonProperty("notificationRetries") List<Duration> notificationRetries,
            @JsonProperty("gracePeriod") Duration gracePeriod,
            @JsonProperty("accountHold") Duration accountHold,
            @JsonProperty("retryEvery") Duration retryEvery) {
        /** [DECIDED] nothing public gives the lengths: a failed payment has 7 days of grace, then 30 on hold. */
        public static final BillingTerms TERMS =
                new BillingTerms(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(1), null);

        public Settings(
                String defaultEnvironment,
                Duration tokenTtl,
                Duration renewWithin,
                java.util.Map<String, ErrorOverride> errors,
                List<Duration> notificationRetries) {
            this(defaultEnvironment, tokenTtl, renewWithin, errors, notificationRetries, null, null, null);
        }

        /** The terms renewals run on, with any override. */
        public BillingTerms terms() {
            return TERMS.overriddenBy(gracePeriod, accountHold, retryEvery);
        }

        public Settings {
            notificationRetries = notificationRetries == null ? null : List.copyOf(notificationRetries);
            defaultEnvironment = defaultEnvironment == null ? "sandbox" : defaultEnvironment;
            tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
            renewWithin = renewWithin == null ? Duration.ofMinutes(10) : renewWithin;
            errors = errors == null ? java.util.Map.of() : java.util.Map.copyOf(errors);
        }
    }

    /** Replaces any of status, {@code code} and {@code message} of one error ({@code settings.errors.<key>}). */
    public record ErrorOverride(
            @JsonProperty("status") Integer status,
            @JsonProperty("code") String code,
            @JsonProperty("message") String message) {}

    /** Uniqueness and references the schema cannot check. */
    @Override
    public long entries() {
        return (long) sandbox.purchases().size() + commercial.purchases().size();
    }

    @Override
    public void validate(String at, FixtureProblems problems) {
        Set<String> packages = FixtureProblems.newSeenSet();
        for (int i = 0; i < apps.size(); i++) {
            App app = apps.get(i);
            String here = at + ".apps[" + i + "]";
            problems.unique(packages, app.packageName(), here + ".packageName", "package");
            if (app.notifications() != null) {
                url(
                        problems,
                        here + ".notifications.sandbox",
                        app.notifications().sandbox());
                url(
                        problems,
                        here + ".notifications.commercial",
                        app.notifications().commercial());
            }
            OneStoreKeys.problem(app.licenseKey(), app.signingKey())
                    .ifPresent(p -> problems.add(here + "." + p[0], p[1]));
        }
        validate(at + ".sandbox", sandbox, packages, problems);
        validate(at + ".commercial", commercial, packages, problems);
        problems.knownKeys(
                at + ".settings.errors",
                settings.errors().keySet(),
                java.util.Arrays.stream(OneStoreError.values())
                        .map(OneStoreError::key)
                        .toList());
        problems.positiveDurations(at + ".settings.notificationRetries", settings.notificationRetries());
        problems.renewalTerms(
                at + ".settings", settings.gracePeriod(), settings.accountHold(), settings.retryEvery(), null);
        if (settings.tokenTtl().compareTo(settings.renewWithin()) <= 0) {
            problems.add(at + ".settings.renewWithin", "must be shorter than tokenTtl");
        }
    }

    private static void url(FixtureProblems problems, String at, String url) {
        if (url != null) {
            dev.storeemulator.emulator.notify.NotificationUrls.problem(url).ifPresent(p -> problems.add(at, p));
        }
    }

    private static void validate(String at, World world, Set<String> packages, FixtureProblems problems) {
        Set<String> ids = FixtureProblems.newSeenSet();
        Set<String> tokens = FixtureProblems.newSeenSet();
        for (int i = 0; i < world.purchases().size(); i++) {
            Purchase p = world.purchases().get(i);
            problems.unique(ids, p.purchaseId(), at + ".purchases[" + i + "].purchaseId", "purchaseId");
            problems.unique(
                    tokens,
                    p.purchaseToken() == null ? p.purchaseId() : p.purchaseToken(),
                    at + ".purchases[" + i + "].purchaseToken",
                    "purchase token");
            knownPackage(packages, p.packageName(), at + ".purchases[" + i + "].packageName", problems);
        }
        for (int i = 0; i < world.recurring().size(); i++) {
            Recurring r = world.recurring().get(i);
            problems.unique(ids, r.purchaseId(), at + ".recurring[" + i + "].purchaseId", "purchaseId");
            knownPackage(packages, r.packageName(), at + ".recurring[" + i + "].packageName", problems);
        }
    }

    private static void knownPackage(Set<String> packages, String pkg, String path, FixtureProblems problems) {
        if (!packages.contains(pkg)) {
            problems.add(path, "package '" + pkg + "' is not one of onestore.apps");
        }
    }
}
