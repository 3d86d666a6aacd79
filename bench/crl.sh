#!/usr/bin/env bash
# GovCA CRL benchmark (issue 3, performance). One command:
#
#   bench/crl.sh
#
# builds a clean clone of HEAD, starts a throwaway MariaDB and GovCA with the demo hierarchy (delta
# CRLs off, so a publication is exactly one full CRL), bulk-inserts SMALL revoked certificates of
# CA-NhaNuoc-G2, times REPEAT full CRLs (POST /api/v1/cas/CA-NhaNuoc-G2/crl, administrator client
# certificate) while jstat samples the WildFly heap every 100 ms, then `openssl ca -gencrl` on an
# index of the same entries with the same CA key (time + max RSS, /usr/bin/time -v); then inserts
# up to LARGE entries and does it all again. Report: bench/results/crl-<UTC time>.md, raw outputs
# beside it.
#
# Environment (all optional):
#   SMALL=250000 LARGE=1000000   revoked entries of the two rounds
#   REPEAT=3                     CRLs (and openssl runs) per round; medians reported
#   CLONE=1                      build a clean clone of HEAD; keep: reuse bench/target/src; 0: working tree
#   SERVER_HEAP                  e.g. -Xmx256m: appended to WildFly's JVM options (default: as ./govca up)
#   HOLD=1                       keep GovCA and MariaDB running at the end until Ctrl-C
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$BENCH_DIR/common.sh"

SMALL="${SMALL:-250000}"
LARGE="${LARGE:-1000000}"
REPEAT="${REPEAT:-3}"
SERVER_HEAP="${SERVER_HEAP:-}"
WORK="$BENCH/target/crl-run"
GHOME="$WORK/home"
LOGS="$WORK/logs"
DATA="$WORK/data"
STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
RAW="$RESULTS_DIR/crl-$STAMP"
COMMAND="SMALL=$SMALL LARGE=$LARGE REPEAT=$REPEAT CLONE=$CLONE${SERVER_HEAP:+ SERVER_HEAP=$SERVER_HEAP} bench/crl.sh"

# The CA key and certificate for openssl ca: the issuing CA's own (RSA-3072, soft token 'issuing').
openssl_ca_setup() {
    local alias="ca-${ISSUING_CA,,}" dir="$WORK/openssl-ca"
    mkdir -p "$dir"
    (umask 077 && openssl pkcs12 -in "$GHOME/tokens/issuing.p12" -passin "file:$GHOME/tokens/issuing.pass" -nocerts -nodes \
        2>"$LOGS/openssl.log" | awk -v a="friendlyName: $alias" 'index($0, a) { on = 1 } on { print } on && /END PRIVATE KEY/ { exit }' \
        | sed -n '/BEGIN PRIVATE KEY/,/END PRIVATE KEY/p' >"$dir/ca.key")
    [ "$(openssl pkey -in "$dir/ca.key" -pubout 2>/dev/null)" = "$(openssl x509 -in "$WORK/issuing.pem" -noout -pubkey)" ] \
        || die "the key from tokens/issuing.p12 (alias $alias) does not match the CA certificate"
    cat >"$dir/ca.cnf" <<EOF
[ ca ]
default_ca = bench
[ bench ]
dir = $dir
database = \$dir/index.txt
crlnumber = \$dir/crlnumber
private_key = \$dir/ca.key
certificate = $WORK/issuing.pem
default_md = sha256
default_crl_hours = 2
crl_extensions = crl_ext
[ crl_ext ]
authorityKeyIdentifier = keyid:always
EOF
}

# openssl ca -gencrl over the first $1 entries; one JSON line to results.jsonl.
openssl_gencrl() { # entries rep
    local dir="$WORK/openssl-ca" out="$RAW/openssl-gencrl-$1-r$2.txt" load secs rss size
    head -n "$1" "$DATA/index.txt" >"$dir/index.txt"
    cp "$DATA/index.txt.attr" "$dir/index.txt.attr"
    echo 01 >"$dir/crlnumber"
    load=$(loadavg)
    /usr/bin/time -v openssl ca -config "$dir/ca.cnf" -gencrl -batch -out "$dir/crl.pem" >"$out" 2>&1 \
        || die "openssl ca -gencrl failed: $(tail -n 20 "$out")"
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$out")
    size=$(openssl crl -in "$dir/crl.pem" -outform DER | wc -c)
    jq -cn --argjson e "$1" --argjson r "$2" --argjson s "$secs" --argjson rss "$rss" --argjson size "$size" --arg load "$load" \
        '{system:"openssl", entries:$e, rep:$r, seconds:$s, maxRssMb:$rss, derBytes:$size, loadBefore:$load}' \
        | tee -a "$WORK/results.jsonl" >&2
}

# One full CRL by GovCA with the heap sampled every 100 ms; one JSON line to results.jsonl.
govca_crl() { # entries rep
    local out="$RAW/govca-crl-$1-r$2.json" samples="$RAW/jstat-$1-r$2.txt" load jpid status t0 t1
    load=$(loadavg)
    jstat -gc "$SERVER_JVM" 100 >"$samples" 2>&1 &
    jpid=$!
    sleep 1 # a second of the idle heap before
    t0=$(date +%s.%N)
    status=$(curl -s -o "$out" -w '%{http_code}' --max-time 600 --cacert "$GHOME/tls/management-ca.pem" --cert "$WORK/admin.pem" \
        --data '' "$API/api/v1/cas/$ISSUING_CA/crl") || status=000
    t1=$(date +%s.%N)
    sleep 1
    kill "$jpid" 2>/dev/null; wait "$jpid" 2>/dev/null || true
    [ "$status" = 200 ] || [ "$status" = 201 ] || die "POST /api/v1/cas/$ISSUING_CA/crl answered $status: $(cat "$out")"
    # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ... ; used = S0U + S1U + EU + OU (KB)
    local heap
    heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; retained = $3 + $4 + $8;
                 if (n == 0) { idle = used }; n++;
                 if (used > peak) peak = used; if (retained > kept) kept = retained }
               END { printf "{\"samples\":%d,\"heapUsedIdleMb\":%.0f,\"heapUsedPeakMb\":%.0f,\"oldPlusSurvivorPeakMb\":%.0f}", n, idle / 1024, peak / 1024, kept / 1024 }' "$samples")
    jq -c --argjson e "$1" --argjson r "$2" --argjson s "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')" \
        --argjson heap "$heap" --arg load "$load" \
        '{system:"govca", entries:$e, rep:$r, seconds:$s, crlEntries:(.crls[0].entries), derBytes:(.crls[0].length),
          kinds:([.crls[].kind] | join(",")), loadBefore:$load} + $heap' "$out" | tee -a "$WORK/results.jsonl" >&2
}

round() { # entries
    local r
    for ((r = 1; r <= REPEAT; r++)); do
        say "round $1 entries, repetition $r/$REPEAT (load $(loadavg))"
        govca_crl "$1" "$r"
        openssl_gencrl "$1" "$r"
    done
}

insert_range() { # from (1-based line) to
    say "bulk-inserting revoked certificates $1..$2 ..."
    sed -n "$1,$2p" "$DATA/all.tsv" >"$DATA/certs.tsv"
    bulk_insert
}

med() { # system entries field
    jq -r --arg s "$1" --argjson e "$2" --arg f "$3" 'select(.system == $s and .entries == $e) | .[$f] // empty' \
        "$WORK/results.jsonl" | median_of
}

write_report() {
    local file="$RESULTS_DIR/crl-$STAMP.md" e
    {
        printf '# CRL benchmark, %s\n\n' "$STAMP"
        printf -- '- Command: `%s`\n' "$COMMAND"
        printf -- '- Commit: %s\n' "$COMMIT"
        printf -- '- Machine: %s CPUs (nproc), %s, %s\n' "$(nproc)" "$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)" "$(uname -sr)"
        printf -- '- Load average: before the run %s, at the end %s (each measurement records its own below)\n' "$LOADAVG" "$(loadavg)"
        printf -- '- GovCA JVM: %s\n' "$(tr '\0' ' ' <"/proc/$SERVER_JVM/cmdline" | grep -o -e '-Xm[sx][0-9]*[mgMG]' -e '-XX:+Use[A-Za-z]*GC' | tr '\n' ' ')"
        printf -- '- %s; MariaDB %s; CA %s (RSA-3072, SHA256withRSA), delta CRLs off\n' "$(openssl version)" \
            "$(mariadb-admin --version | sed 's/.*Distrib \([^,]*\),.*/\1/')" "$ISSUING_CA"
        printf -- '- Medians of %s runs per size\n\n' "$REPEAT"
        printf '| entries | GovCA s | GovCA heap used peak MB (idle before) | GovCA old+survivor peak MB | CRL DER MB | openssl ca -gencrl s | openssl max RSS MB |\n'
        printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
        for e in $SMALL $LARGE; do
            printf '| %s | %s | %s (%s) | %s | %s | %s | %s |\n' "$e" "$(med govca "$e" seconds)" "$(med govca "$e" heapUsedPeakMb)" \
                "$(med govca "$e" heapUsedIdleMb)" "$(med govca "$e" oldPlusSurvivorPeakMb)" \
                "$(awk -v b="$(med govca "$e" derBytes)" 'BEGIN { printf "%.1f", b / 1048576 }')" \
                "$(med openssl "$e" seconds)" "$(med openssl "$e" maxRssMb)"
        done
        printf '\nGovCA s = wall time of `POST /api/v1/cas/%s/crl` as curl sees it (read from MariaDB, stream, sign, write + fsync, verify). Heap: `jstat -gc` every 100 ms from 1 s before the request to 1 s after; used = S0U+S1U+EU+OU (garbage included, so it mostly shows when G1 chose to collect), old+survivor = what survived young collections. openssl: `/usr/bin/time -v openssl ca -gencrl` (PEM output) on an index of the same entries, same key.\n' "$ISSUING_CA"
        printf '\n## Every measurement\n\n```\n'
        cat "$WORK/results.jsonl"
        printf '```\n'
    } >"$file"
    cat "$file" >&2
    say "report: $file (raw outputs in $RAW)"
}

main_crl() {
    preflight
    LOADAVG=$(loadavg)
    build_for_bench
    rm -rf "$WORK"
    mkdir -p "$WORK" "$LOGS" "$RAW"
    start_mariadb
    prepare_demo_home
    printf 'govca.crl.delta.enabled=false\n' >>"$GHOME/govca.properties"
    export GOVCA_JAVA_OPTS="${GOVCA_JAVA_OPTS:-} $SERVER_HEAP"
    start_server
    await_issuing_ca
    make_data "$LARGE" 100 0
    mv "$DATA/certs.tsv" "$DATA/all.tsv"
    openssl_ca_setup
    : >"$WORK/results.jsonl"
    insert_range 1 "$SMALL"
    round "$SMALL"
    insert_range "$((SMALL + 1))" "$LARGE"
    round "$LARGE"
    write_report
    if [ "${HOLD:-0}" = 1 ]; then
        say "HOLD=1: GovCA and MariaDB (port $DB_PORT) keep running; Ctrl-C stops them"
        wait "$SERVER_PID" || true
    fi
}

main_crl "$@"
