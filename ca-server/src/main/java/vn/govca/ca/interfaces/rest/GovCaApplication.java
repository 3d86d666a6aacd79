package vn.govca.ca.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The CA server's HTTP surface. The WAR owns the context root {@code /}, so the stable external
 * paths of DESIGN.md (/api/v1, /ca, /health) are resource paths here.
 */
@ApplicationPath("/")
public class GovCaApplication extends Application {
}
