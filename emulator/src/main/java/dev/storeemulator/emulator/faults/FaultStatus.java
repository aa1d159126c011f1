package dev.storeemulator.emulator.faults;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A rule as {@code /__admin/faults} shows it: the rule (with its id), the calls it matched and fired on, since when. */
public record FaultStatus(
        @JsonUnwrapped FaultRule rule,
        @JsonProperty("matched") long matched,
        @JsonProperty("fired") long fired,
        @JsonProperty("addedAt") String addedAt) {}
