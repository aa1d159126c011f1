package dev.storeemulator.client.http;

/** Whether repeating a call can change more than doing it once; decides how a retry is reported. */
public enum Idempotency {
    /** Reads, token requests: repeating them is harmless. */
    IDEMPOTENT,
    /**
     * Consume, acknowledge, cancel, reactivate, code exchange: a repeat may meet the effect of an earlier
     * attempt (the store then answers "already done"). Retried only when {@link RetryPolicy#retryNonIdempotent()}.
     */
    NON_IDEMPOTENT
}
