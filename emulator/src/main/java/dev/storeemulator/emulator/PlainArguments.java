package dev.storeemulator.emulator;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The common command lines read without picocli. Picocli's classes are Java 5 class files: neither a class-data
 * sharing archive nor an AOT cache can hold them, and the JVM checks them with its old, slow verifier, so reading
 * the arguments through picocli cost about 0.2 s of every start. The plain run (no arguments, or a few of the usual
 * options) is read here into the same fields picocli would fill; anything else, including every option that
 * prints and exits, any {@code STORE_EMULATOR_*} variable that picocli reads as an option's default, a repeated
 * option or an odd value, is left to picocli, which also writes every message. {@code PlainArgumentsTest} checks
 * that both read every accepted command line alike.
 */
final class PlainArguments {
    /** The environment variables picocli takes option defaults from: with any of them set, picocli reads. */
    static final Set<String> OPTION_VARIABLES = Set.of(
            "STORE_EMULATOR_PORT",
            "STORE_EMULATOR_HOST",
            "STORE_EMULATOR_FIXTURES",
            "STORE_EMULATOR_JOURNAL_SIZE",
            "STORE_EMULATOR_WATCH",
            "STORE_EMULATOR_ADMIN_TOKEN",
            "STORE_EMULATOR_STATE_DIR",
            "STORE_EMULATOR_REQUEST_LOG",
            "STORE_EMULATOR_HTTPS_PORT",
            "STORE_EMULATOR_TLS_HOSTS",
            "STORE_EMULATOR_ALLOWED_HOSTS",
            "STORE_EMULATOR_ADMIN_ALLOWED_ORIGINS",
            "STORE_EMULATOR_TLS_CA_CERT",
            "STORE_EMULATOR_TLS_CA_KEY");

    private PlainArguments() {}

    /**
     * Fills {@code main} from {@code args} as picocli would, with the defaults of its annotations; false (and
     * {@code main} to be thrown away) when this is a command line for picocli.
     */
    static boolean read(String[] args, Map<String, String> environment, Main main) {
        for (String variable : OPTION_VARIABLES) {
            if (environment.containsKey(variable)) {
                return false;
            }
        }
        main.port = 7070;
        main.host = "127.0.0.1";
        main.journalSize = 10000;
        main.requestLog = true;
        main.httpsPort = -1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!seen.add(name.equals("--no-request-log") ? "--request-log" : name)) {
                return false; // repeated: picocli decides
            }
            switch (name) {
                case "--watch", "--request-log", "--no-request-log" -> {
                    if (value != null) {
                        return false;
                    }
                    if (name.equals("--watch")) {
                        main.watch = true;
                    } else {
                        main.requestLog = name.equals("--request-log");
                    }
                }
                case "--port", "--journal-size", "--host", "--fixtures", "--admin-token", "--state-dir" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            return false;
                        }
                        value = args[++i];
                    }
                    if (value.isEmpty() || value.startsWith("-") || !set(main, name, value)) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean set(Main main, String name, String value) {
        switch (name) {
            case "--port", "--journal-size" -> {
                if (!value.matches("[1-9][0-9]{0,8}|0")) {
                    return false;
                }
                if (name.equals("--port")) {
                    main.port = Integer.parseInt(value);
                } else {
                    main.journalSize = Integer.parseInt(value);
                }
            }
            case "--host" -> main.host = value;
            case "--admin-token" -> main.adminToken = value;
            case "--fixtures" -> main.fixtures = Path.of(value);
            default -> main.stateDir = Path.of(value);
        }
        return true;
    }
}
