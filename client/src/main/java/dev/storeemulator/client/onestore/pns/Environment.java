package dev.storeemulator.client.onestore.pns;

/**
 * The {@code environment} of a ONE store message: where the purchase was made. A sandbox message also carries a
 * {@code msgVersion} ending in {@code D} ({@code 3.1.0D}).
 */
public enum Environment {
    /** Test purchases: no money moved ({@code msgVersion} {@code 3.1.0D}). */
    SANDBOX,
    /** Real purchases ({@code msgVersion} {@code 3.1.0}). */
    COMMERCIAL;

    /**
     * Reads an environment name as ONE store writes it.
     * @param name {@code SANDBOX} or {@code COMMERCIAL}, exactly
     * @return the environment
     * @throws IllegalArgumentException for any other name (including null)
     */
    public static Environment of(String name) {
        for (Environment e : values()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("environment is SANDBOX or COMMERCIAL, not " + name);
    }
}
