# Shared by bench/ocsp.sh and bench/crl.sh (sourced, not run). Reuses bench/issuance.sh's functions
# (MariaDB, data directory, GovCA start/stop, clean-up) and adds: a build from a clean clone of the
# committed HEAD, a data directory with the demo hierarchy (RootCA-G2 -> CA-NhaNuoc-G2, OCSP token),
# SQL helpers and the bulk insert of OcspBenchData rows.

# shellcheck source=issuance.sh
source "$(dirname "${BASH_SOURCE[0]}")/issuance.sh"

CLONE="${CLONE:-1}"
ISSUING_CA=CA-NhaNuoc-G2
WORKTREE="$ROOT"

# Builds the server from a clean clone of HEAD (CLONE=1: bench/target/src, `package`, nothing is
# installed into ~/.m2) or uses the working tree's dist/target as it is (CLONE=0), then the bench
# tools from this directory.
build_for_bench() {
    if [ "$CLONE" = 1 ]; then
        local src="$BENCH/target/src"
        say "building a clean clone of HEAD $(git -C "$WORKTREE" rev-parse --short HEAD) in $src (package, -DskipTests) ..."
        rm -rf "$src"
        git clone -q "$WORKTREE" "$src" || die "git clone failed"
        (cd "$src" && ./mvnw -q -B -o package -DskipTests) >"$BENCH/target/clone-build.log" 2>&1 \
            || die "clone build failed: see $BENCH/target/clone-build.log"
        ROOT="$src"
    elif [ "$CLONE" = keep ]; then
        ROOT="$BENCH/target/src"
    fi
    say "building the bench tools ..."
    (cd "$WORKTREE" && ./mvnw -q -B -o -f bench/pom.xml package -DskipTests) || die "bench build failed"
    [ -f "$ROOT/dist/target/govca.ear" ] || die "$ROOT/dist/target/govca.ear is missing"
    BENCH_CP="$BENCH/target/bench-0.1.0-SNAPSHOT.jar:$BENCH/target/lib/*"
    COMMIT="$(git -C "$ROOT" rev-parse --short HEAD)$( [ "$CLONE" = 1 ] || [ -z "$(git -C "$ROOT" status --porcelain | head -n 1)" ] || echo ' (working tree modified)')"
}

# Data directory with the demo hierarchy (tokens root, issuing, ocsp as bootstrap writes them) on MariaDB.
prepare_demo_home() {
    local jar
    jar=$(ls "$ROOT"/cli/target/cli-*.jar 2>/dev/null | grep -v -e '-tests.jar' -e '-sources.jar' | head -n 1)
    [ -n "$jar" ] && [ -d "$ROOT/cli/target/lib" ] || die "the cli module is not built ($ROOT/cli/target)"
    say "bootstrapping $GHOME ..."
    java -cp "$jar:$ROOT/cli/target/lib/*" vn.govca.cli.Main bootstrap --home "$GHOME" >"$LOGS/bootstrap.log" 2>&1 \
        || die "bootstrap failed: $(cat "$LOGS/bootstrap.log")"
    grep -q '^token.ocsp.type=' "$GHOME/govca.properties" || die "bootstrap wrote no OCSP token (token.ocsp.*)"
    write_secret "$GHOME/db.pass" "$DB_PASSWORD"
    cat >>"$GHOME/govca.properties" <<EOF

# --- added by bench/$(basename "$0") ---
govca.demo.hierarchy=true
govca.db.type=mariadb
govca.db.url=jdbc:mariadb://127.0.0.1:$DB_PORT/govca
govca.db.user=govca
govca.db.passwordFile=db.pass
EOF
    (umask 077 && openssl pkcs12 -in "$GHOME/admin/admin.p12" -passin "file:$GHOME/admin/admin.p12.pass" \
        -nodes -out "$WORK/admin.pem" 2>"$LOGS/openssl.log") || die "cannot read admin.p12: $(cat "$LOGS/openssl.log")"
}

sql() { # statement(s) on the govca database; prints tab-separated rows without headers
    mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P "$DB_PORT" -u govca -p"$DB_PASSWORD" \
        --local-infile=1 -N -B govca -e "$1"
}

# Waits until the demo issuing CA exists and is ACTIVE; sets CA_ID and writes $WORK/issuing.pem.
await_issuing_ca() {
    local i
    for ((i = 0; i < 180; i++)); do
        CA_ID=$(sql "SELECT id FROM certificate_authority WHERE name='$ISSUING_CA' AND status='ACTIVE'" 2>/dev/null || true)
        [ -n "$CA_ID" ] && break
        sleep 1
    done
    [ -n "$CA_ID" ] || die "the demo CA $ISSUING_CA is not ACTIVE after 180 s: see $GHOME/wildfly/log/server.log"
    sql "SELECT HEX(certificate_der) FROM certificate_authority WHERE id=$CA_ID" | xxd -r -p >"$WORK/issuing.der"
    openssl x509 -inform DER -in "$WORK/issuing.der" -out "$WORK/issuing.pem" || die "bad CA certificate"
    say "$ISSUING_CA is ACTIVE (id $CA_ID)"
}

# Generates the data set ($1 certificates, $2 % revoked, $3 requests) into $DATA.
make_data() {
    say "generating $1 certificates ($2 % revoked) and $3 OCSP requests into $DATA ..."
    java -Xmx1g -cp "$BENCH_CP" vn.govca.bench.OcspBenchData --issuer "$WORK/issuing.pem" --count "$1" \
        --revoked-percent "$2" --requests "$3" --out "$DATA" >&2 || die "OcspBenchData failed"
}

# Bulk-inserts $DATA/certs.tsv as certificate rows of CA $CA_ID, as the issuance cycle leaves them
# (ACTIVE: DER + fingerprint, version 2; REVOKED: + reason, time, version 3). Every row carries the
# same DER (the CA certificate, a realistic size) and a made-up fingerprint; updated_at lies in the
# past, so the OCSP status follower does not see them as fresh changes.
bulk_insert() {
    local t0 t1
    t0=$(date +%s.%N)
    sql "SET @der = (SELECT certificate_der FROM certificate_authority WHERE id=$CA_ID);
         SET unique_checks=0; SET foreign_key_checks=0;
         LOAD DATA LOCAL INFILE '$DATA/certs.tsv' INTO TABLE certificate CHARACTER SET utf8mb4
           FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
           (serial_hex, status, subject_dn, subject_search, not_before, not_after, @reason, @revoked_at)
           SET ca_id=$CA_ID, profile_name='tls-server', der=@der,
               fingerprint_sha256=SHA2(CONCAT('bench-', serial_hex), 256),
               revocation_reason=@reason, revocation_time=@revoked_at,
               created_at=not_before, updated_at=COALESCE(@revoked_at, not_before),
               version=IF(status='REVOKED', 3, 2);
         SET unique_checks=1; SET foreign_key_checks=1;" || die "bulk insert failed"
    t1=$(date +%s.%N)
    say "inserted $(sql "SELECT COUNT(*) FROM certificate WHERE ca_id=$CA_ID") rows for CA $CA_ID ($(sql "SELECT COUNT(*) FROM certificate WHERE ca_id=$CA_ID AND status='REVOKED'") revoked) in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

median_of() { # numbers on stdin -> median
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "null"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
