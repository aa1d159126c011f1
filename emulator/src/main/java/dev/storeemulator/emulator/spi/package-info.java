/**
 * The Store SPI: what every store gives the emulator ({@link dev.storeemulator.emulator.spi.StoreKind}) and what
 * the emulator drives on each live store ({@link dev.storeemulator.emulator.spi.LiveStore}), never knowing which
 * store it is. The one list of stores is {@code dev.storeemulator.emulator.StoreRegistry}.
 */
package dev.storeemulator.emulator.spi;
