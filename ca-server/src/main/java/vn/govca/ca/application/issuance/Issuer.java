package vn.govca.ca.application.issuance;

import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.pki.domain.cert.IssuerContext;

/**
 * The CA that signs in one run of the issuance cycle: its database id (certificates are stored
 * under it), its name (for messages and audit), what the certificate builder needs to know of it,
 * and where its signer comes from (its token, asked only at the sign step).
 */
public record Issuer(long caId, String caName, IssuerContext context, Supplier<ContentSigner> signer) {

    public Issuer {
        Objects.requireNonNull(caName, "caName");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(signer, "signer");
    }
}
