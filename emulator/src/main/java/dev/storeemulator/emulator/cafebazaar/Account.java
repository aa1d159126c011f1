package dev.storeemulator.emulator.cafebazaar;

import java.util.Set;

/** A developer account: its packages, and its optional per-account Pishkhan API secret. */
public record Account(String id, Set<String> packages, String pishkhanSecret) {
    public Account {
        packages = Set.copyOf(packages);
    }

    public boolean owns(String packageName) {
        return packages.contains(packageName);
    }
}
