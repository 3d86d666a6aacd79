package vn.govca.pki.domain.name;

import java.util.ArrayList;
import java.util.List;
import vn.govca.pki.domain.GovCaException;

/** Parses and escapes the string form of {@link SubjectName} (DER order, backslash escapes). */
final class DnStringParser {

    private static final int MAX_INPUT = 4096;
    private static final String SPECIAL = "\\,+=";

    private DnStringParser() {
    }

    static List<NameEntry> parse(String text) {
        if (text == null) {
            throw GovCaException.malformed("subject name is missing");
        }
        if (text.length() > MAX_INPUT) {
            throw GovCaException.malformed("subject name is " + text.length()
                    + " characters, longer than the limit " + MAX_INPUT);
        }
        List<NameEntry> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\\') {
                throw GovCaException.malformed("subject name ends with a lone backslash");
            }
            if (c == '+') {
                throw GovCaException.malformed("multi-valued RDNs ('+') are not supported; escape a"
                        + " literal plus as \\+");
            }
            if (c == ',') {
                out.add(entry(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        return out;
    }

    private static NameEntry entry(String part) {
        int eq = unescapedEquals(part);
        if (eq < 0) {
            throw GovCaException.malformed("subject name part '" + part.strip()
                    + "' is not of the form ATTRIBUTE=value");
        }
        DnAttribute attribute = SubjectName.attribute(part.substring(0, eq));
        return new NameEntry(attribute, unescape(part.substring(eq + 1)));
    }

    private static int unescapedEquals(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                i++;
                c = value.charAt(i);
            } else if (c == '=') {
                throw GovCaException.malformed("unescaped '=' in subject value '" + value.strip() + "'");
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
