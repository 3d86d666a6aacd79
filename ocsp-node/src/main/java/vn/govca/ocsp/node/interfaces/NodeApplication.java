package vn.govca.ocsp.node.interfaces;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The validation node's HTTP surface: {@code /ocsp} and {@code /health} only (DESIGN "External
 * interfaces"). The WAR owns the context root {@code /}.
 */
@ApplicationPath("/")
public class NodeApplication extends Application {
}
