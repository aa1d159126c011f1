package dev.storeemulator.client.admin;

import java.util.List;

/**
 * One answer of the journal.
 * @param requests the matching entries, newest first, at most the pattern's limit
 * @param total    how many entries match
 * @param capacity how many entries the journal keeps
 * @param recorded how many requests were recorded since the last clear
 * @param dropped  how many were dropped because the journal was full
 */
public record JournalPage(List<JournalEntry> requests, long total, long capacity, long recorded, long dropped) {}
