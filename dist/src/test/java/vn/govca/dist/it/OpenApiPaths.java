package vn.govca.dist.it;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations (path → HTTP methods) of an OpenAPI 3 YAML document, read as text: path keys
 * indented by two spaces under {@code paths:}, operations by four — how both the hand-written
 * {@code /api/v1/openapi} and the document WildFly generates from the JAX-RS resources
 * ({@code /openapi}, MicroProfile OpenAPI) are laid out. Enough to compare the two without a YAML
 * library.
 */
public final class OpenApiPaths {

    private static final Pattern PATH = Pattern.compile("^  \"?(/[^\"]*?)\"?:\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):.*$");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}/]+}");

    private OpenApiPaths() {
    }

    /** Each path of the document with its methods, in document order. */
    public static Map<String, Set<String>> operations(String yaml) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        boolean inPaths = false;
        String current = null;
        for (String line : yaml.split("\\R")) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inPaths = line.startsWith("paths:");
                current = null;
                continue;
            }
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (inPaths && p.matches()) {
                current = p.group(1);
                out.put(current, new LinkedHashSet<>());
            } else if (inPaths && current != null && m.matches()) {
                out.get(current).add(m.group(1));
            }
        }
        return out;
    }

    /**
     * Whether two paths name the same resource: equal without a trailing slash, or one matches the
     * other with its {@code {templates}} as single path segments ({@code /ca/{file}} covers
     * {@code /ca/{name}.crt}).
     */
    public static boolean sameResource(String a, String b) {
        String x = trim(a);
        String y = trim(b);
        return x.equals(y) || pattern(x).matcher(y).matches() || pattern(y).matcher(x).matches();
    }

    /** Whether {@code document} has an operation {@code method} on a path that is the same resource as {@code path}. */
    public static boolean documents(Map<String, Set<String>> document, String path, String method) {
        return document.entrySet().stream()
                .anyMatch(e -> e.getValue().contains(method) && sameResource(e.getKey(), path));
    }

    private static String trim(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = TEMPLATE.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
