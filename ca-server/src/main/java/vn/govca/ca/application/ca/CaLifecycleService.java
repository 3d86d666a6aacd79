package vn.govca.ca.application.ca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.issuance.IssuanceCycle;
import vn.govca.ca.application.issuance.Issuer;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CaKey;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.CertificateBuilder;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.IssuerContext;
import vn.govca.pki.domain.cert.SerialNumber;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.infrastructure.cert.CsrBuilder;

/**
 * Creates CAs: a self-signed root, a subordinate signed by a CA of this server, or a subordinate
 * whose certificate comes from an external CA (CSR export here; certificate import in {@link ExternalCaService}). The CA key is generated inside its token and never leaves it
 * (DESIGN invariant 3); the CA certificate goes through the same issuance cycle as any other
 * (store before sign, lint before sign).
 */
@ApplicationScoped
public class CaLifecycleService {

    public static final String ROOT_PROFILE = "root-ca";
    public static final String SUB_PROFILE = "sub-ca";

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    CaRecords records;

    @Inject
    IssuanceCycle cycle;

    /** The result of creating a CA: the record, and for EXTERNAL the CSR to send to the external CA. */
    public record Created(CertificateAuthorityRecord ca, byte[] csrDer) {
    }

    public Created create(Principal who, CreateCaCommand cmd) {
        who.requireAnyOf("create CAs", Role.CA_ADMIN);
        if (cmd.type() == null) {
            throw GovCaException.malformed("type is required: ROOT, SUBORDINATE or EXTERNAL");
        }
        String name = CaDirectory.requireValidName(cmd.name());
        if (cmd.token() == null || cmd.token().isBlank()) {
            throw GovCaException.malformed("token is required: the name of a configured crypto token");
        }
        KeySpec spec = KeySpec.parse(cmd.keySpec() == null ? "" : cmd.keySpec());
        SubjectName subject = SubjectName.parse(cmd.subject() == null ? "" : cmd.subject());
        CertificateProfile profile = context.profiles().get(cmd.type() == CreateCaCommand.Type.ROOT
                ? ROOT_PROFILE : SUB_PROFILE);
        if (!profile.keySpecs().contains(spec)) {
            throw GovCaException.policy("key " + spec.externalName() + " is not allowed by profile "
                    + profile.name() + "; allowed: " + profile.keySpecs());
        }
        CertificateAuthorityRecord parent = cmd.type() == CreateCaCommand.Type.SUBORDINATE
                ? directory.find(requireParent(cmd)) : null;
        Issuer parentIssuer = parent == null ? null : directory.issuer(parent);
        if (directory.all().stream().anyMatch(c -> c.name().equals(name))) {
            throw GovCaException.conflict("a CA named '" + name + "' already exists");
        }
        CryptoToken token = context.tokens().active(cmd.token());
        String alias = "ca-" + name.toLowerCase();
        SignatureAlgorithm alg = SignatureAlgorithm.defaultFor(spec);
        PublicKey publicKey = token.generateKeyPair(alias, spec);
        try {
            IssuanceRequest request = requestFor(cmd, profile, subject, publicKey, alg, parentIssuer);
            CaKey key = new CaKey(token.name(), alias, spec.externalName(), alg.jcaName());
            if (cmd.type() == CreateCaCommand.Type.EXTERNAL) {
                // No certificate is built here: the external CA builds it, and the import checks it.
                byte[] csr = CsrBuilder.forCaKey(subject, request.publicKey(), token.signer(alias, alg.jcaName()));
                records.registerExternal(name, subject.toString(), key, who.auditName(),
                        externalDetails(cmd, subject, csr), context.clock().instant());
                return new Created(directory.find(name), csr);
            }
            // Dry run: lint with a throw-away serial before anything is stored.
            CertificateBuilder.prepare(request, SerialNumber.random(context.random()), context.clock());
            long caId = records.registerAwaiting(name, subject.toString(), key,
                    parent == null ? null : parent.id(), context.clock().instant());
            Issuer issuer = parentIssuer != null ? parentIssuer
                    : new Issuer(caId, name, request.issuer(), () -> token.signer(alias, alg.jcaName()));
            SignedCertificate signed = cycle.issue(issuer, request, who.auditName());
            records.activate(caId, signed.der(), signed.serial().hex(),
                    signed.certificate().getNotBefore().toInstant(), signed.certificate().getNotAfter().toInstant(),
                    who.auditName(), AuditTrail.CA_CREATED, details(cmd, signed), context.clock().instant());
            return new Created(directory.find(name), null);
        } catch (GovCaException e) {
            if (directory.all().stream().noneMatch(c -> c.name().equals(name))) {
                token.deleteKey(alias); // nothing was stored: leave no orphan key behind
            }
            throw e;
        }
    }

    private static String requireParent(CreateCaCommand cmd) {
        if (cmd.parent() == null || cmd.parent().isBlank()) {
            throw GovCaException.malformed("parent is required for a SUBORDINATE CA: the issuing CA's name");
        }
        return cmd.parent();
    }

    private IssuanceRequest requestFor(CreateCaCommand cmd, CertificateProfile profile, SubjectName subject,
                                       PublicKey key, SignatureAlgorithm alg, Issuer parent) {
        IssuerContext ctx = parent != null ? parent.context() : IssuerContext.selfSigned(alg);
        IssuanceRequest.Builder b = IssuanceRequest.builder(profile, ctx).subject(subject).publicKey(key);
        if (cmd.validityDays() != null) {
            b.validityDays(cmd.validityDays());
        }
        return b.build();
    }

    private static Map<String, Object> externalDetails(CreateCaCommand cmd, SubjectName subject, byte[] csrDer) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", cmd.type().name());
        d.put("token", cmd.token());
        d.put("keySpec", cmd.keySpec());
        d.put("subject", subject.toString());
        d.put("csrSha256", Sha256Hex.digestOf(csrDer).value());
        return d;
    }

    private static Map<String, Object> details(CreateCaCommand cmd, SignedCertificate signed) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", cmd.type().name());
        d.put("token", cmd.token());
        d.put("keySpec", cmd.keySpec());
        d.put("subject", signed.holder().getSubject().toString());
        d.put("serial", signed.serial().hex());
        d.put("parent", cmd.parent());
        return d;
    }
}
