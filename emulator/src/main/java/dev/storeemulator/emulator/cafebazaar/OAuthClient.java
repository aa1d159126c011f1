package dev.storeemulator.emulator.cafebazaar;

/** An OAuth client of a developer account, with its one registered redirect URI. */
public record OAuthClient(String clientId, String clientSecret, String redirectUri, String accountId) {}
