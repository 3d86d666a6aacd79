package vn.govca.cli;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * {@code govca ca list} and {@code govca ca create-root} — the root key ceremony: the running
 * server generates the root key inside the named token (a PKCS#11 HSM in production) and
 * self-signs the root certificate through the issuance cycle; the key never leaves the token.
 * The operator's credential is the administrator client certificate in the data directory.
 */
final class CaCommand {

    private CaCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0) {
            return usage(err);
        }
        Path home = Path.of(Main.option(args, "--home", System.getenv().getOrDefault("GOVCA_HOME", "var")))
                .toAbsolutePath().normalize();
        URI server = URI.create(Main.option(args, "--server", "https://localhost:8443/"));
        AdminClient client = new AdminClient(home, server);
        HttpResponse<String> r;
        switch (args[0]) {
            case "list" -> r = client.get("api/v1/cas");
            case "create-root", "create-sub" -> r = client.post("api/v1/cas", body(args));
            default -> {
                return usage(err);
            }
        }
        (r.statusCode() / 100 == 2 ? out : err).println(r.body());
        return r.statusCode() / 100 == 2 ? 0 : 1;
    }

    private static String body(String[] args) {
        boolean root = args[0].equals("create-root");
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("name", required(args, "--name"))
                .add("type", root ? "ROOT" : "SUBORDINATE")
                .add("token", required(args, "--token"))
                .add("keySpec", required(args, "--key"))
                .add("subject", required(args, "--subject"));
        String days = Main.option(args, "--days", null);
        if (days != null) {
            b.add("validityDays", Integer.parseInt(days));
        }
        if (!root) {
            b.add("parent", required(args, "--parent"));
        }
        return b.build().toString();
    }

    private static String required(String[] args, String name) {
        String v = Main.option(args, name, null);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    private static int usage(PrintStream err) {
        err.println("usage: govca ca list [--home DIR] [--server URL]");
        err.println("       govca ca create-root --name NAME --token TOKEN --key RSA-4096|RSA-3072|EC-P384 "
                + "--subject DN [--days N]");
        err.println("       govca ca create-sub --name NAME --parent CA --token TOKEN --key SPEC --subject DN [--days N]");
        return 2;
    }
}
