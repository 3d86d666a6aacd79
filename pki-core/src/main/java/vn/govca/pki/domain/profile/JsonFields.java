package vn.govca.pki.domain.profile;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.govca.pki.domain.GovCaException;

/**
 * Strict, typed reading of one JSON object of a profile file: unknown members are refused and
 * every error names the field by its dotted path.
 */
final class JsonFields {

    private final String path;
    private final JsonObject object;

    JsonFields(String path, JsonObject object, Set<String> allowed) {
        this.path = path;
        this.object = object;
        Set<String> unknown = new TreeSet<>(object.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw GovCaException.malformed("field " + name(unknown.iterator().next())
                    + ": unknown field (allowed: " + new TreeSet<>(allowed) + ")");
        }
    }

    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private JsonValue required(String key) {
        JsonValue v = object.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw GovCaException.malformed("field " + name(key) + ": missing");
        }
        return v;
    }

    String string(String key) {
        if (!(required(key) instanceof JsonString s)) {
            throw GovCaException.malformed("field " + name(key) + ": expected a string");
        }
        return s.getString();
    }

    int integer(String key) {
        if (!(required(key) instanceof JsonNumber n) || !n.isIntegral()) {
            throw GovCaException.malformed("field " + name(key) + ": expected an integer");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw GovCaException.malformed("field " + name(key) + ": integer out of range", e);
        }
    }

    Integer optionalInteger(String key) {
        JsonValue v = object.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : integer(key);
    }

    boolean bool(String key) {
        JsonValue v = required(key);
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw GovCaException.malformed("field " + name(key) + ": expected true or false");
    }

    boolean bool(String key, boolean defaultValue) {
        return object.containsKey(key) ? bool(key) : defaultValue;
    }

    List<String> strings(String key) {
        if (!(required(key) instanceof JsonArray array)) {
            throw GovCaException.malformed("field " + name(key) + ": expected an array of strings");
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s)) {
                throw GovCaException.malformed("field " + name(key) + ": expected an array of strings");
            }
            out.add(s.getString());
        }
        return out;
    }

    List<String> strings(String key, List<String> defaultValue) {
        return object.containsKey(key) ? strings(key) : defaultValue;
    }

    JsonFields object(String key, Set<String> allowed) {
        if (!(required(key) instanceof JsonObject o)) {
            throw GovCaException.malformed("field " + name(key) + ": expected an object");
        }
        return new JsonFields(name(key), o, allowed);
    }

    boolean has(String key) {
        return object.containsKey(key);
    }
}
