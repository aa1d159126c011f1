package dev.storeemulator.emulator.cafebazaar;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.core.BillingPeriod;
import dev.storeemulator.emulator.core.RenewalOutcomes;
import dev.storeemulator.emulator.fixtures.FixtureProblems;
import dev.storeemulator.emulator.fixtures.TimeValue;
import java.util.List;
import java.util.Set;

/** The {@code cafebazaar:} section of a fixtures file. Every list may be omitted. */
public record CafebazaarFixtures(
        @JsonProperty("accounts") List<Account> accounts,
        @JsonProperty("purchases") List<Purchase> purchases,
        @JsonProperty("subscriptions") List<Subscription> subscriptions,
        @JsonProperty("issuedTokens") List<IssuedToken> issuedTokens,
        @JsonProperty("settings") CafebazaarSettings settings)
        implements dev.storeemulator.emulator.fixtures.FixtureSection.Value {

    public CafebazaarFixtures {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        purchases = purchases == null ? List.of() : List.copyOf(purchases);
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        issuedTokens = issuedTokens == null ? List.of() : List.copyOf(issuedTokens);
        settings = settings == null ? CafebazaarSettings.defaults() : settings;
    }

    public static CafebazaarFixtures empty() {
        return new CafebazaarFixtures(null, null, null, null, null);
    }

    /** A developer account: the packages it owns and the credentials that open them. */
    public record Account(
            @JsonProperty("id") String id,
            @JsonProperty("packages") List<String> packages,
            @JsonProperty("clients") List<Client> clients,
            @JsonProperty("pishkhanSecret") String pishkhanSecret) {
        public Account {
            packages = packages == null ? List.of() : List.copyOf(packages);
            clients = clients == null ? List.of() : List.copyOf(clients);
        }
    }

    /** An OAuth client created in the developer panel. */
    public record Client(
            @JsonProperty("clientId") String clientId,
            @JsonProperty("clientSecret") String clientSecret,
            @JsonProperty("redirectUri") String redirectUri) {}

    /** An in-app purchase. {@code consumed} and {@code refunded} default to false. */
    public record Purchase(
            @JsonProperty("token") String token,
            @JsonProperty("packageName") String packageName,
            @JsonProperty("productId") String productId,
            @JsonProperty("purchaseTime") TimeValue purchaseTime,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("consumed") boolean consumed,
            @JsonProperty("refunded") boolean refunded) {}

    /**
     * A subscription series: {@code token} is its first purchase token (and its linkedSubscriptionToken);
     * {@code renewalTokens} are the tokens of later billings, which identify it too; while auto-renewing it
     * renews every {@code period} (default P1M).
     */
    public record Subscription(
            @JsonProperty("token") String token,
            @JsonProperty("packageName") String packageName,
            @JsonProperty("subscriptionId") String subscriptionId,
            @JsonProperty("initiationTime") TimeValue initiationTime,
            @JsonProperty("validUntil") TimeValue validUntil,
            @JsonProperty("autoRenewing") Boolean autoRenewing,
            @JsonProperty("renewalTokens") List<String> renewalTokens,
            @JsonProperty("period") BillingPeriod period,
            @JsonProperty("renewals") RenewalOutcomes renewals) {
        public Subscription(
                String token,
                String packageName,
                String subscriptionId,
                TimeValue initiationTime,
                TimeValue validUntil,
                Boolean autoRenewing,
                List<String> renewalTokens,
                BillingPeriod period) {
            this(
                    token,
                    packageName,
                    subscriptionId,
                    initiationTime,
                    validUntil,
                    autoRenewing,
                    renewalTokens,
                    period,
                    null);
        }

        public Subscription {
            period = period == null ? BillingPeriod.MONTHLY : period;
            renewalTokens = renewalTokens == null ? List.of() : List.copyOf(renewalTokens);
            autoRenewing = autoRenewing == null ? Boolean.TRUE : autoRenewing;
        }
    }

    /** Tokens issued before start, so a user can call the API without running the OAuth flow first. */
    public record IssuedToken(
            @JsonProperty("clientId") String clientId,
            @JsonProperty("accessToken") String accessToken,
            @JsonProperty("refreshToken") String refreshToken,
            @JsonProperty("expiresAt") TimeValue expiresAt) {}

    /** Checks what the schema cannot: uniqueness and references between entries. */
    @Override
    public long entries() {
        return purchases.size();
    }

    @Override
    public void validate(String at, FixtureProblems problems) {
        Set<String> ids = FixtureProblems.newSeenSet();
        Set<String> packages = FixtureProblems.newSeenSet();
        Set<String> clientIds = FixtureProblems.newSeenSet();
        Set<String> secrets = FixtureProblems.newSeenSet();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            String p = at + ".accounts[" + i + "]";
            problems.unique(ids, a.id(), p + ".id", "account id");
            problems.uniqueSecret(secrets, a.pishkhanSecret(), p + ".pishkhanSecret", "Pishkhan secret");
            for (int j = 0; j < a.packages().size(); j++) {
                problems.unique(
                        packages,
                        a.packages().get(j),
                        p + ".packages[" + j + "]",
                        "package (a package belongs to one account)");
            }
            for (int j = 0; j < a.clients().size(); j++) {
                problems.unique(
                        clientIds, a.clients().get(j).clientId(), p + ".clients[" + j + "].clientId", "client id");
            }
        }
        Set<String> tokens = FixtureProblems.newSeenSet();
        for (int i = 0; i < purchases.size(); i++) {
            Purchase x = purchases.get(i);
            String p = at + ".purchases[" + i + "]";
            problems.unique(tokens, x.token(), p + ".token", "purchase token");
            requireKnownPackage(packages, x.packageName(), p + ".packageName", problems);
        }
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            String p = at + ".subscriptions[" + i + "]";
            problems.unique(tokens, s.token(), p + ".token", "purchase token");
            for (int j = 0; j < s.renewalTokens().size(); j++) {
                problems.unique(tokens, s.renewalTokens().get(j), p + ".renewalTokens[" + j + "]", "purchase token");
            }
            requireKnownPackage(packages, s.packageName(), p + ".packageName", problems);
        }
        Set<String> issued = FixtureProblems.newSeenSet();
        for (int i = 0; i < issuedTokens.size(); i++) {
            IssuedToken t = issuedTokens.get(i);
            String p = at + ".issuedTokens[" + i + "]";
            if (!clientIds.contains(t.clientId())) {
                problems.add(p + ".clientId", "no account has a client '" + t.clientId() + "'");
            }
            problems.uniqueSecret(issued, t.accessToken(), p + ".accessToken", "token");
            problems.uniqueSecret(issued, t.refreshToken(), p + ".refreshToken", "token");
        }
        settings.validate(at + ".settings", problems);
    }

    private static void requireKnownPackage(Set<String> packages, String pkg, String path, FixtureProblems problems) {
        if (!packages.contains(pkg)) {
            problems.add(
                    path, "package '" + pkg + "' is not in any account's packages, so no credentials could read it");
        }
    }
}
