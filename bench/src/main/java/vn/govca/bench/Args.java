package vn.govca.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a benchmark tool. Unknown or repeated options and missing
 * values are refused, so a typo in the run script cannot silently fall back to a default and
 * measure something else than intended.
 */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    private Args() {
    }

    /**
     * @throws IllegalArgumentException for an unknown, repeated or value-less option
     */
    static Args parse(String[] args, Set<String> known) {
        Args parsed = new Args();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + name + "'; known: --"
                        + String.join(", --", new java.util.TreeSet<>(known)));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            if (parsed.values.put(name.substring(2), args[i + 1]) != null) {
                throw new IllegalArgumentException("option " + name + " is given twice");
            }
        }
        return parsed;
    }

    /** The value of a required option. */
    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return v;
    }

    String optional(String name, String def) {
        return values.getOrDefault(name, def);
    }

    /** A whole number option within {@code [min, max]}. */
    int number(String name, int def, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return def;
        }
        int v;
        try {
            v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " '" + text + "' is not a whole number", e);
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException("option --" + name + " " + v + " is outside " + min + ".." + max);
        }
        return v;
    }
}
