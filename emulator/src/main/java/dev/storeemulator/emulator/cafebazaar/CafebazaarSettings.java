package dev.storeemulator.emulator.cafebazaar;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.fixtures.FixtureProblems;
import java.time.Duration;
import java.util.Map;

/**
 * Behaviour of the Cafebazaar emulation that no public record pins down, settable in fixtures under
 * {@code cafebazaar.settings}. Omitted values take the defaults documented in docs/stores/cafebazaar.md.
 *
 * @param accessTokenTtl        lifetime of access tokens (expires_in); default PT1H
 * @param authorizationCodeTtl  lifetime of authorization codes; default PT10M
 * @param appendSlash           a GET without its trailing slash gets a 301 to the slashed URL; default true
 * @param echoState             the authorize redirect carries {@code state} back; default true
 * @param linkedSubscriptionToken subscription bodies carry linkedSubscriptionToken; default true
 * @param dailyQuota            API calls per account per UTC day before 429; null (default) means no quota
 * @param errors                overrides of status, code or description per error key
 */
public record CafebazaarSettings(
        @JsonProperty("accessTokenTtl") Duration accessTokenTtl,
        @JsonProperty("authorizationCodeTtl") Duration authorizationCodeTtl,
        @JsonProperty("appendSlash") Boolean appendSlash,
        @JsonProperty("echoState") Boolean echoState,
        @JsonProperty("linkedSubscriptionToken") Boolean linkedSubscriptionToken,
        @JsonProperty("dailyQuota") Long dailyQuota,
        @JsonProperty("errors") Map<String, ErrorOverride> errors) {

    public CafebazaarSettings {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofHours(1) : accessTokenTtl;
        authorizationCodeTtl = authorizationCodeTtl == null ? Duration.ofMinutes(10) : authorizationCodeTtl;
        appendSlash = appendSlash == null ? Boolean.TRUE : appendSlash;
        echoState = echoState == null ? Boolean.TRUE : echoState;
        linkedSubscriptionToken = linkedSubscriptionToken == null ? Boolean.TRUE : linkedSubscriptionToken;
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    public static CafebazaarSettings defaults() {
        return new CafebazaarSettings(null, null, null, null, null, null, null);
    }

    /** Replaces any of status, {@code error} and {@code error_description} of one error. */
    public record ErrorOverride(
            @JsonProperty("status") Integer status,
            @JsonProperty("error") String error,
            @JsonProperty("errorDescription") String errorDescription) {}

    void validate(String at, FixtureProblems problems) {
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            problems.add(at + ".accessTokenTtl", "must be a positive duration");
        }
        if (authorizationCodeTtl.isNegative() || authorizationCodeTtl.isZero()) {
            problems.add(at + ".authorizationCodeTtl", "must be a positive duration");
        }
        problems.knownKeys(
                at + ".errors",
                errors.keySet(),
                java.util.Arrays.stream(CafebazaarError.values())
                        .map(CafebazaarError::key)
                        .toList());
    }
}
