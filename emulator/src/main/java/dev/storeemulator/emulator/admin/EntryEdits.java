package dev.storeemulator.emulator.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.FixtureProblem;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * An admin create, replace or delete of one entry through the store's {@link EntryEditor}: the entry is checked as a
 * fixtures file would check it, against the rest of the store's section, and put in place; problems name the entry
 * where it stands (or would stand) in the exported list, as a whole-section edit names it.
 */
final class EntryEdits {
    private EntryEdits() {}

    /** Checks {@code entry} and puts it in place of the entry whose own key is {@code replaced} (none when null). */
    static void put(
            EditableStore store,
            AdminResource resource,
            String environment,
            EntryEditor editor,
            ObjectNode entry,
            String replaced) {
        ObjectNode section = JsonMappers.export().valueToTree(editor.context());
        AdminEntries.list(section, resource, environment).add(entry);
        ObjectNode doc = JsonMappers.export().createObjectNode();
        doc.set(store.name(), section);
        try {
            editor.apply(replaced, Fixtures.parseTree(doc, "the " + store.name() + " admin change"));
        } catch (FixtureException e) {
            long at = replaced == null ? editor.size() : editor.position(replaced);
            throw AdminException.invalid(renumbered(e, listPath(store, resource, environment), at));
        }
    }

    /** {@code cafebazaar.purchases}, {@code onestore.sandbox.recurring}: where the list sits in a fixtures file. */
    static String listPath(EditableStore store, AdminResource resource, String environment) {
        return store.name() + "." + String.join(".", resource.sectionKeys(environment));
    }

    /** The problems of a one-entry list, with {@code list[0]} named {@code list[at]}. */
    static FixtureException renumbered(FixtureException e, String list, long at) {
        String first = list + "[0]";
        List<FixtureProblem> problems = e.problems().stream()
                .map(p -> {
                    String path = p.path();
                    boolean names = path != null
                            && path.startsWith(first)
                            && (path.length() == first.length()
                                    || path.charAt(first.length()) == '.'
                                    || path.charAt(first.length()) == '[');
                    return names
                            ? new FixtureProblem(list + "[" + at + "]" + path.substring(first.length()), p.reason())
                            : p;
                })
                .toList();
        return new FixtureException(e.source(), problems);
    }
}
