#!/usr/bin/env bash
# GovCA issuance benchmark (issue 2, performance): certificates issued per second through the REST
# API against MariaDB, compared with the raw signature rate of the same issuing key. One command:
#
#   bench/issuance.sh
#
# builds, starts a throwaway MariaDB and SoftHSM2 token, bootstraps a data directory under
# bench/target/run, starts GovCA (./govca up), creates the CAs, measures, writes
# bench/results/issuance-<date>.md and stops everything. See bench/README.md.
#
# Environment (all optional):
#   WARMUP=3        warm-up seconds before each measurement (discarded)
#   SECONDS=10      measured seconds of each measurement (MEASURE=10 is the same knob)
#   REPEAT=3        raw-sign + issuance pairs per case; the table shows medians
#   SERVER_WARMUP=300 at most this many seconds of discarded issuance per case before the first
#                   measurement: slices of 10 s until the JIT compiler threads use < 3 % of the
#                   server's CPU (WildFly's issuance path keeps C2 busy for 1-3 minutes on 2 cores)
#   CLIENTS=8       concurrent REST clients;  SIGN_THREADS=2  threads of the raw-sign run
#   CASES="rsa-soft rsa-hsm ec-soft"   which cases, in this order
#   LOAD=wrk        the load tool: wrk (bench/issuance.lua: bearer token from the password login,
#                   0.1-0.3 ms of CPU per certificate) or java (IssuanceBench: TLS client
#                   certificate; its JVM took 2.9 ms per certificate of the same 2 cores)
#   HTTP=1.1        HTTP version of the load client (1.1 or 2; LOAD=java only)
#   CSR_KEY=EC-P256 subscriber key of the CSRs (EC-P256 or RSA-2048; the server verifies each CSR)
#   BUILD=1         0: do not build the project (use dist/target, cli/target as they are)
#   DB_DURABLE=1    0: innodb_flush_log_at_trx_commit=2 (not what production runs)
#   DB_URL_OPTIONS  MariaDB Connector/J options appended to the JDBC URL (e.g. useServerPrepStmts=true)
#   RESULTS_DIR     where the report goes (default bench/results)
#   JFR=0           1: after the measurements, record a JFR profile of GovCA during SECONDS of
#                   issuance per case and append its top frames (JfrTop) to the report
#   HOLD=1          after the report, keep GovCA and MariaDB running until Ctrl-C (to profile)
#
# Must stay the first command: bash counts SECONDS up from the value it inherits.
SECONDS_FROM_ENV=$SECONDS
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
WARMUP="${WARMUP:-3}"
MEASURE="${MEASURE:-$SECONDS_FROM_ENV}"
[ "$MEASURE" -gt 0 ] 2>/dev/null || MEASURE=10
REPEAT="${REPEAT:-3}"
SERVER_WARMUP="${SERVER_WARMUP:-300}"
CLIENTS="${CLIENTS:-8}"
SIGN_THREADS="${SIGN_THREADS:-2}"
CASES="${CASES:-rsa-soft rsa-hsm ec-soft}"
HTTP="${HTTP:-1.1}"
CSR_KEY="${CSR_KEY:-EC-P256}"
BUILD="${BUILD:-1}"
DB_DURABLE="${DB_DURABLE:-1}"
DB_URL_OPTIONS="${DB_URL_OPTIONS:-}"
LOAD="${LOAD:-wrk}"
JFR="${JFR:-0}"  # not PROFILE: bench/ocsp.sh and crl.sh source this file and default that one to 1
RESULTS_DIR="${RESULTS_DIR:-$BENCH/results}"
COMMAND="LOAD=$LOAD JFR=$JFR WARMUP=$WARMUP SECONDS=$MEASURE REPEAT=$REPEAT SERVER_WARMUP=$SERVER_WARMUP CLIENTS=$CLIENTS SIGN_THREADS=$SIGN_THREADS HTTP=$HTTP CSR_KEY=$CSR_KEY DB_DURABLE=$DB_DURABLE${DB_URL_OPTIONS:+ DB_URL_OPTIONS=$DB_URL_OPTIONS} CASES=\"$CASES\" bench/issuance.sh"

WORK="$BENCH/target/run"
GHOME="$WORK/home"
LOGS="$WORK/logs"
HTTP_PORT=8080
HTTPS_PORT=8443
API="https://localhost:$HTTPS_PORT"
SOFTHSM_LIB=/usr/lib/softhsm/libsofthsm2.so
SERVER_PID=""
SERVER_JVM=""
DB_PID=""

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# --- Cases: name -> CA, token, key spec ----------------------------------------------------------
case_ca()    { case "$1" in rsa-soft) echo Bench-RSA-Soft ;; rsa-hsm) echo Bench-RSA-HSM ;; ec-soft) echo Bench-EC-Soft ;; *) die "unknown case '$1'" ;; esac; }
case_token() { case "$1" in rsa-soft) echo bench-rsa ;; rsa-hsm) echo bench-hsm ;; ec-soft) echo bench-ec ;; esac; }
case_key()   { case "$1" in rsa-soft|rsa-hsm) echo RSA-3072 ;; ec-soft) echo EC-P256 ;; esac; }

# --- Clean-up (always) ---------------------------------------------------------------------------
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        say "stopping GovCA (SIGTERM to ./govca up, pid $SERVER_PID) ..."
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait_pid "$SERVER_PID" 90 || say "GovCA did not stop within 90 s: see $LOGS/govca-up.log"
    fi
    if [ -n "$DB_PID" ] && kill -0 "$DB_PID" 2>/dev/null; then
        say "stopping MariaDB (pid $DB_PID) ..."
        kill -TERM "$DB_PID" 2>/dev/null || true
        wait_pid "$DB_PID" 60 || say "MariaDB did not stop within 60 s"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits for a child to exit, at most $2 seconds.
wait_pid() {
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        kill -0 "$1" 2>/dev/null || { wait "$1" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    return 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$((20000 + RANDOM % 20000))
        port_in_use "$p" || { echo "$p"; return 0; }
    done
    die "no free port found"
}

secret() { openssl rand -hex 16; }

# Writes a secret file (mode 0600) and prints nothing.
write_secret() { (umask 077 && printf '%s\n' "$2" >"$1"); }

preflight() {
    local tool
    for tool in java jq curl openssl softhsm2-util mariadb-install-db mariadb-admin; do
        command -v "$tool" >/dev/null || die "$tool is not installed"
    done
    [ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null || die "mariadbd is not installed (apt-get install mariadb-server)"
    [ -f "$SOFTHSM_LIB" ] || die "$SOFTHSM_LIB is missing (apt-get install softhsm2)"
    [ "$LOAD" != wrk ] || command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
    for p in $HTTP_PORT $HTTPS_PORT; do
        port_in_use "$p" && die "port $p is in use: ./govca up needs 8080 and 8443 (stop the other server first)"
    done
    return 0
}

# --- Build ---------------------------------------------------------------------------------------
build() {
    if [ "$BUILD" = 1 ]; then
        say "building the project (./mvnw -q -o install -DskipTests) ..."
        (cd "$ROOT" && ./mvnw -q -B -o install -DskipTests) || die "project build failed"
    fi
    say "building the bench tools ..."
    (cd "$ROOT" && ./mvnw -q -B -o -f bench/pom.xml package -DskipTests) || die "bench build failed"
    [ -f "$ROOT/dist/target/govca.ear" ] || die "dist/target/govca.ear is missing: build the project (BUILD=1)"
    BENCH_CP="$BENCH/target/bench-0.1.0-SNAPSHOT.jar:$BENCH/target/lib/*"
}

# --- MariaDB (as db's vn.govca.db.testkit.MariaDbServer: private datadir, loopback, free port) ---
start_mariadb() {
    local dir="$WORK/mariadb" mariadbd flush=1
    mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    [ "$DB_DURABLE" = 1 ] || flush=2
    mkdir -p "$dir"
    DB_PASSWORD="Pw-$(secret)" # not pure hex: EclipseLink would take it for an encrypted password
    DB_PORT=$(free_port)
    say "starting MariaDB on 127.0.0.1:$DB_PORT (datadir $dir/data) ..."
    mariadb-install-db --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal \
        --user=root --skip-test-db --skip-name-resolve >"$dir/install.log" 2>&1 \
        || die "mariadb-install-db failed: see $dir/install.log"
    cat >"$dir/init.sql" <<EOF
CREATE DATABASE IF NOT EXISTS govca CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'govca'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON govca.* TO 'govca'@'127.0.0.1';
EOF
    "$mariadbd" --no-defaults --datadir="$dir/data" --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" \
        --log-error="$dir/error.log" --port="$DB_PORT" --bind-address=127.0.0.1 --user=root \
        --init-file="$dir/init.sql" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --skip-name-resolve --skip-log-bin --max-connections=300 --innodb-buffer-pool-size=256M \
        --innodb-log-file-size=256M --innodb-flush-log-at-trx-commit="$flush" >"$dir/stdout.log" 2>&1 &
    DB_PID=$!
    DB_FLUSH=$flush
    local i
    for ((i = 0; i < 600; i++)); do
        kill -0 "$DB_PID" 2>/dev/null || die "mariadbd exited: $(tail -n 20 "$dir/error.log")"
        mariadb-admin --no-defaults --protocol=tcp -h 127.0.0.1 -P "$DB_PORT" -u govca -p"$DB_PASSWORD" \
            --connect-timeout=1 ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    die "MariaDB did not accept connections within 60 s: see $dir/error.log"
}

# --- SoftHSM2: a private token ------------------------------------------------------------------
init_softhsm() {
    local dir="$WORK/softhsm" out
    mkdir -p "$dir/tokens"
    printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n' \
        "$dir/tokens" >"$dir/softhsm2.conf"
    export SOFTHSM2_CONF="$dir/softhsm2.conf"
    HSM_PIN=$(secret)
    out=$(softhsm2-util --init-token --free --label govca-bench --so-pin "$(secret)" --pin "$HSM_PIN" 2>&1) \
        || die "softhsm2-util --init-token failed: $out"
    HSM_SLOT=$(printf '%s\n' "$out" | sed -n 's/.*reassigned to slot \([0-9]*\).*/\1/p')
    [ -n "$HSM_SLOT" ] || die "softhsm2-util did not report the slot: $out"
    say "SoftHSM2 token govca-bench in slot $HSM_SLOT ($SOFTHSM2_CONF)"
}

# --- Data directory -----------------------------------------------------------------------------
prepare_home() {
    local jar
    jar=$(ls "$ROOT"/cli/target/cli-*.jar 2>/dev/null | grep -v -e '-tests.jar' -e '-sources.jar' | head -n 1)
    [ -n "$jar" ] && [ -d "$ROOT/cli/target/lib" ] || die "the cli module is not built (cli/target)"
    say "bootstrapping $GHOME ..."
    java -cp "$jar:$ROOT/cli/target/lib/*" vn.govca.cli.Main bootstrap --home "$GHOME" >"$LOGS/bootstrap.log" 2>&1 \
        || die "bootstrap failed: $(cat "$LOGS/bootstrap.log")"
    mkdir -p "$GHOME/tokens"
    write_secret "$GHOME/tokens/bench-rsa.pass" "$(secret)"
    write_secret "$GHOME/tokens/bench-ec.pass" "$(secret)"
    write_secret "$GHOME/tokens/bench-hsm.pin" "$HSM_PIN"
    write_secret "$GHOME/db.pass" "$DB_PASSWORD"
    cat >>"$GHOME/govca.properties" <<EOF

# --- added by bench/issuance.sh ---
govca.demo.hierarchy=false
token.bench-rsa.type=soft
token.bench-rsa.file=tokens/bench-rsa.p12
token.bench-rsa.passwordFile=tokens/bench-rsa.pass
token.bench-ec.type=soft
token.bench-ec.file=tokens/bench-ec.p12
token.bench-ec.passwordFile=tokens/bench-ec.pass
token.bench-hsm.type=pkcs11
token.bench-hsm.library=$SOFTHSM_LIB
token.bench-hsm.slot=$HSM_SLOT
token.bench-hsm.pinFile=tokens/bench-hsm.pin
govca.db.type=mariadb
govca.db.url=jdbc:mariadb://127.0.0.1:$DB_PORT/govca${DB_URL_OPTIONS:+?$DB_URL_OPTIONS}
govca.db.user=govca
govca.db.passwordFile=db.pass
EOF
    (umask 077 && openssl pkcs12 -in "$GHOME/admin/admin.p12" -passin "file:$GHOME/admin/admin.p12.pass" \
        -nodes -out "$WORK/admin.pem" 2>"$LOGS/openssl.log") || die "cannot read admin.p12: $(cat "$LOGS/openssl.log")"
}

# --- GovCA ----------------------------------------------------------------------------------------
start_server() {
    say "starting GovCA (./govca up, log $GHOME/wildfly/log/server.log) ..."
    GOVCA_HOME="$GHOME" GOVCA_NO_BUILD=1 "$ROOT/govca" up >"$LOGS/govca-up.log" 2>&1 &
    SERVER_PID=$!
    local i status
    for ((i = 0; i < 300; i++)); do
        kill -0 "$SERVER_PID" 2>/dev/null || die "GovCA exited during start-up: $(tail -n 30 "$LOGS/govca-up.log")"
        status=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health" || true)
        if [ "$status" = 200 ]; then
            SERVER_JVM=$(server_jvm)
            return 0
        fi
        sleep 1
    done
    die "GovCA not ready after 300 s (last /health: $status): see $GHOME/wildfly/log/server.log"
}

# The WildFly JVM of this data directory (for its CPU time), empty if not found.
server_jvm() {
    local p
    for p in $(pgrep -f -- "-Djboss.server.base.dir=$GHOME/wildfly" || true); do
        [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ] && { echo "$p"; return 0; }
    done
    return 0
}

# CPU time (user + system) of a process in milliseconds, 0 if unknown.
cpu_ms() {
    [ -n "$1" ] && [ -r "/proc/$1/stat" ] || { echo 0; return 0; }
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"
}

# POSTs a JSON body to the API with the administrator's certificate; dies unless 201.
api_post() {
    local path="$1" body="$2" out="$WORK/response.json" status
    status=$(curl -s -o "$out" -w '%{http_code}' --cacert "$GHOME/tls/management-ca.pem" --cert "$WORK/admin.pem" \
        -H 'Content-Type: application/json' -d "$body" "$API$path") || status=000
    [ "$status" = 201 ] && return 0
    say "POST $path $body"
    say "answered $status: $(cat "$out" 2>/dev/null)"
    say "server.log (last 40 lines):"
    tail -n 40 "$GHOME/wildfly/log/server.log" >&2 || true
    exit 1
}

create_cas() {
    local c ca token key
    for c in $CASES; do
        ca=$(case_ca "$c"); token=$(case_token "$c"); key=$(case_key "$c")
        say "creating $ca-Root (EC-P384) and $ca ($key, token $token) ..."
        api_post /api/v1/cas "$(jq -cn --arg n "$ca-Root" --arg t "$token" --arg s "C=VN, O=GovCA Bench, CN=$ca Root" \
            '{name:$n, type:"ROOT", token:$t, keySpec:"EC-P384", subject:$s, validityDays:3650}')"
        api_post /api/v1/cas "$(jq -cn --arg n "$ca" --arg t "$token" --arg k "$key" --arg p "$ca-Root" \
            --arg s "C=VN, O=GovCA Bench, CN=$ca" \
            '{name:$n, type:"SUBORDINATE", token:$t, keySpec:$k, subject:$s, validityDays:1900, parent:$p}')"
    done
}

# --- Measurements ----------------------------------------------------------------------------------
raw_sign() { # case
    java -Xmx512m -cp "$BENCH_CP" vn.govca.bench.RawSignBench --config "$GHOME/govca.properties" \
        --token "$(case_token "$1")" --ca "$(case_ca "$1")" --threads "$SIGN_THREADS" \
        --warmup "$WARMUP" --seconds "$MEASURE" 2>>"$LOGS/bench-stderr.log"
}

issuance() { # case [warm-up seconds, measured seconds]
    if [ "$LOAD" = wrk ]; then issuance_wrk "$@"; return; fi
    java -Xmx512m -cp "$BENCH_CP" vn.govca.bench.IssuanceBench --base "$API" \
        --client-p12 "$GHOME/admin/admin.p12" --client-pass-file "$GHOME/admin/admin.p12.pass" \
        --trust "$GHOME/tls/management-ca.pem" --ca "$(case_ca "$1")" --profile tls-server \
        --csr-key "$CSR_KEY" --clients "$CLIENTS" --http "$HTTP" --warmup "${2:-$WARMUP}" --seconds "${3:-$MEASURE}" \
        2>>"$LOGS/bench-stderr.log"
}

# wrk latency "123.45us" / "1.23ms" / "1.02s" -> ms
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.3f", v }'; }

# The same measurement with wrk (LOAD=wrk): CLIENTS connections, each a closed loop, the bodies
# IssuanceBench writes, a bearer token from the password login (wrk has no client certificates).
# Prints a JSON line shaped like IssuanceBench's; a non-2xx answer or a socket error fails the run.
issuance_wrk() { # case [warm-up seconds, measured seconds]
    local c="$1" warm="${2:-$WARMUP}" secs="${3:-$MEASURE}" bodies="$WORK/bodies-$1.txt" token out status
    local times="$WORK/wrk-times.txt" requests warmed=0 rps p50 p99 max non2xx errors cpu
    if [ ! -s "$bodies" ]; then
        java -Xmx512m -cp "$BENCH_CP" vn.govca.bench.IssuanceBench --ca "$(case_ca "$c")" --profile tls-server \
            --csr-key "$CSR_KEY" --write-bodies "$bodies" 2>>"$LOGS/bench-stderr.log" || return 1
    fi
    status=$(curl -s -o "$WORK/login.json" -w '%{http_code}' --cacert "$GHOME/tls/management-ca.pem" \
        -H 'Content-Type: application/json' \
        -d "$(jq -cn --arg p "$(cat "$GHOME/admin/admin.password")" '{username:"admin", password:$p}')" \
        "$API/api/v1/auth/login") || status=000
    [ "$status" = 200 ] || { echo "login answered $status: $(cat "$WORK/login.json")" >>"$LOGS/bench-stderr.log"; return 1; }
    token=$(jq -r .token "$WORK/login.json")
    out="$WORK/wrk-issuance.txt"
    if [ "$warm" -gt 0 ]; then
        wrk -t 2 -c "$CLIENTS" -d "${warm}s" -s "$BENCH/issuance.lua" "$API" -- "$bodies" "$token" >"$out" 2>&1 || return 1
        grep -q 'Non-2xx\|Socket errors' "$out" && { cat "$out" >>"$LOGS/bench-stderr.log"; return 1; }
        warmed=$(awk '/requests in/ { print $1 }' "$out")
    fi
    local TIMEFORMAT='%U %S'
    { time wrk -t 2 -c "$CLIENTS" -d "${secs}s" --latency -s "$BENCH/issuance.lua" "$API" -- "$bodies" "$token" \
        >"$out" 2>&1; } 2>"$times" || { cat "$out" >>"$LOGS/bench-stderr.log"; return 1; }
    cat "$out" >>"$LOGS/wrk-issuance.log"
    requests=$(awk '/requests in/ { print $1 }' "$out")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    p50=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
    max=$(awk '$1 == "Latency" && NF >= 4 { print $4; exit }' "$out" | to_ms)
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out"); non2xx=${non2xx:-0}
    errors=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out"); errors=${errors:-0}
    cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$times")
    jq -cn --arg ca "$(case_ca "$c")" --arg k "$CSR_KEY" --argjson n "$CLIENTS" --argjson w "$warm" --argjson s "$secs" \
        --argjson req "${requests:-0}" --argjson rps "${rps:-0}" --argjson p50 "$p50" --argjson p99 "$p99" --argjson max "$max" \
        --argjson all "$(( ${requests:-0} + ${warmed:-0} ))" --argjson cpu "$cpu" --argjson bad "$non2xx" --argjson err "$errors" \
        '{tool:"IssuanceBench", load:"wrk", ok:($bad == 0 and $err == 0), ca:$ca, profile:"tls-server", csrKey:$k, clients:$n,
          http:"1.1", warmupSeconds:$w, seconds:$s, issued:$req, perSecond:$rps, p50Ms:$p50, p99Ms:$p99, maxMs:$max,
          issuedInAll:$all, clientCpuMsPerCert:((10 * $cpu / ([$req, 1] | max) | round) / 10)}
         + (if $bad > 0 or $err > 0 then {failure:("\($bad) non-2xx answers, \($err) socket errors")} else {} end)'
    [ "$non2xx" = 0 ] && [ "$errors" = 0 ]
}

# A fresh server compiles its issuance path on the first requests, and on 2 cores the JIT needs
# minutes for WildFly's stack (measured: C1/C2 threads still took 27 % of the server's CPU after
# 100 s of issuance, < 1 % after 150 s; the rate went from 94/s to 267/s). Issue in unrecorded
# slices until the compiler threads are quiet, so the numbers are the steady state a CA runs in.
warm_server() {
    local c
    [ "$SERVER_WARMUP" -gt 0 ] || return 0
    for c in $CASES; do
        say "warming the server up on $(case_ca "$c"): 10 s slices of issuance until the JIT is quiet (at most $SERVER_WARMUP s)"
        warm_until_compiled "$SERVER_WARMUP" issuance "$c" 0 10 >>"$LOGS/server-warmup.jsonl" \
            || die "warm-up issuance failed for case $c: $(tail -n 5 "$LOGS/bench-stderr.log")"
    done
}

# CPU milliseconds of a JVM's JIT compiler threads (C1, C2).
jit_cpu_ms() {
    local t total=0 hz
    hz=$(getconf CLK_TCK)
    for t in /proc/"$1"/task/*; do
        case "$(cat "$t/comm" 2>/dev/null)" in
            C1\ Compiler*|C2\ Compiler*)
                total=$((total + $(awk -v hz="$hz" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "$t/stat"))) ;;
        esac
    done
    echo "$total"
}

# Runs a load command (its arguments follow the time limit) repeatedly until, during one run, the
# server's JIT compiler threads used less than 3 % of its CPU, or the limit in seconds has passed.
warm_until_compiled() { # max-seconds, command...
    local limit="$1" start=$SECONDS s0 s1 j0 j1 share
    shift
    while :; do
        s0=$(cpu_ms "$SERVER_JVM"); j0=$(jit_cpu_ms "$SERVER_JVM")
        "$@" || return 1
        s1=$(cpu_ms "$SERVER_JVM"); j1=$(jit_cpu_ms "$SERVER_JVM")
        share=$(( s1 > s0 ? 100 * (j1 - j0) / (s1 - s0) : 0 ))
        say "  warm-up: JIT compiler threads used ${share} % of the server's CPU ($((SECONDS - start)) s so far)"
        if [ "$share" -lt 3 ] || [ $((SECONDS - start)) -ge "$limit" ]; then
            [ "$share" -lt 3 ] || say "  warm-up limit reached with the JIT still busy: the numbers include compilation"
            return 0
        fi
    done
}

# MariaDB's counters of statements the clients sent ("Questions") and of commits, as "q c".
db_counters() {
    mariadb --no-defaults -S "$WORK/mariadb/mysqld.sock" -u root -N -B -e \
        "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions','Com_commit')" 2>/dev/null \
        | awk '$1 == "Questions" { q = $2 } $1 == "Com_commit" { c = $2 } END { print q + 0, c + 0 }'
}

# Runs one tool, appends its JSON line to the results, dies loudly on failure. Issuance lines get
# the CPU time GovCA's JVM and MariaDB spent per certificate (warm-up included) added, and the
# statements and commits MariaDB received per certificate (the benchmark's own few included).
measure() { # case, tool
    local line s0 s1 d0 d1 q0 q1
    s0=$(cpu_ms "$SERVER_JVM"); d0=$(cpu_ms "$DB_PID"); q0=$(db_counters)
    if ! line=$("$2" "$1"); then
        say "$2 failed for case $1: ${line:-no output}"
        tail -n 20 "$LOGS/bench-stderr.log" >&2 || true
        say "server.log (last 40 lines):"
        tail -n 40 "$GHOME/wildfly/log/server.log" >&2 || true
        exit 1
    fi
    s1=$(cpu_ms "$SERVER_JVM"); d1=$(cpu_ms "$DB_PID"); q1=$(db_counters)
    if [ "$2" = issuance ]; then
        line=$(jq -c --argjson s "$((s1 - s0))" --argjson d "$((d1 - d0))" \
            --argjson q "$((${q1% *} - ${q0% *}))" --argjson c "$((${q1#* } - ${q0#* }))" \
            '. + {serverCpuMsPerCert: ((10 * $s / .issuedInAll | round) / 10), dbCpuMsPerCert: ((10 * $d / .issuedInAll | round) / 10),
                  dbStatementsPerCert: ((10 * $q / .issuedInAll | round) / 10), dbCommitsPerCert: ((100 * $c / .issuedInAll | round) / 100)}' <<<"$line")
    fi
    printf '%s\n' "$line" >&2
    jq -c --arg case "$1" '. + {case:$case}' <<<"$line" >>"$WORK/results.jsonl"
}

run_cases() {
    local c r
    : >"$WORK/results.jsonl"
    for c in $CASES; do
        for ((r = 1; r <= REPEAT; r++)); do
            say "case $c, repetition $r/$REPEAT: raw signing ($SIGN_THREADS threads), then issuance ($CLIENTS clients)"
            measure "$c" raw_sign
            measure "$c" issuance
        done
    done
}

# JFR of the server while one case issues; JfrTop's summary goes into the report.
profile_cases() {
    local c jfr
    [ "$JFR" = 1 ] || return 0
    for c in $CASES; do
        jfr="$WORK/profile-$c.jfr"
        say "profiling GovCA during $MEASURE s of issuance on $(case_ca "$c") (JFR)"
        jcmd "$SERVER_JVM" JFR.start name="bench-$c" duration="${MEASURE}s" settings=profile filename="$jfr" \
            >>"$LOGS/jfr.log" 2>&1 || { say "JFR.start failed: $(tail -n 3 "$LOGS/jfr.log")"; return 0; }
        issuance "$c" 0 "$((MEASURE + 1))" >>"$LOGS/profile-runs.jsonl" || say "profiled issuance failed for $c"
        sleep 2
        java -cp "$BENCH_CP" vn.govca.bench.JfrTop "$jfr" 30 >"$WORK/jfr-top-$c.txt" 2>&1 || say "JfrTop failed for $c"
    done
}

# --- Report ------------------------------------------------------------------------------------------
median() { # tool, case, field
    jq -s --arg tool "$1" --arg case "$2" --arg f "$3" \
        '[.[] | select(.tool == $tool and .case == $case) | .[$f]] | sort
         | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor]
           else (.[length / 2 - 1] + .[length / 2]) / 2 end
         | if . == null then null else (. * 100 | round) / 100 end' "$WORK/results.jsonl"
}

report_row() { # case
    local c="$1" raw iss ratio p50 p99 scpu dcpu ccpu sql commits target verdict
    raw=$(median RawSignBench "$c" perSecond); iss=$(median IssuanceBench "$c" perSecond)
    p50=$(median IssuanceBench "$c" p50Ms); p99=$(median IssuanceBench "$c" p99Ms)
    scpu=$(median IssuanceBench "$c" serverCpuMsPerCert); dcpu=$(median IssuanceBench "$c" dbCpuMsPerCert)
    ccpu=$(median IssuanceBench "$c" clientCpuMsPerCert)
    sql=$(median IssuanceBench "$c" dbStatementsPerCert); commits=$(median IssuanceBench "$c" dbCommitsPerCert)
    ratio=$(jq -n --argjson a "$iss" --argjson b "$raw" '(1000 * $a / $b | round) / 10')
    if [ "$c" = ec-soft ]; then
        target="≥ 1000/s"; verdict=$(jq -n --argjson a "$iss" 'if $a >= 1000 then "pass" else "FAIL" end')
    else
        target="≥ 60 % of raw"; verdict=$(jq -n --argjson r "$ratio" 'if $r >= 60 then "pass" else "FAIL" end')
    fi
    printf '| %s | %s | %s | %s | %s | %s %% | %s | %s | %s | %s | %s | %s / %s | %s | %s |\n' "$c" "$(case_key "$c")" \
        "$(case_token "$c")" "$raw" "$iss" "$ratio" "$p50" "$p99" "$scpu" "$dcpu" "$ccpu" "$sql" "$commits" "$target" "${verdict//\"/}"
}

write_report() {
    local stamp file c
    stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
    mkdir -p "$RESULTS_DIR"
    file="$RESULTS_DIR/issuance-$stamp.md"
    {
        printf '# Issuance benchmark, %s\n\n' "$stamp"
        printf -- '- Command: `%s`\n' "$COMMAND"
        printf -- '- Commit: %s\n' "$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)$(cd "$ROOT" && [ -n "$(git status --porcelain 2>/dev/null | head -n 1)" ] && echo ' (working tree modified)')"
        printf -- '- Machine: %s CPUs (nproc), %s, %s\n' "$(nproc)" "$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)" "$(uname -sr)"
        printf -- '- Load average before the run: %s\n' "$LOADAVG"
        printf -- '- Java: %s\n' "$(java -version 2>&1 | head -n 1)"
        printf -- '- MariaDB: %s, innodb_flush_log_at_trx_commit=%s; SoftHSM %s\n' \
            "$(mariadb-admin --version | sed 's/.*Distrib \([^,]*\),.*/\1/')" "$DB_FLUSH" "$(softhsm2-util --version)"
        printf -- '- Each case: %s × (raw signing %s threads, then issuance %s clients HTTP/%s), %s s warm-up + %s s measured each; medians over the repetitions\n' \
            "$REPEAT" "$SIGN_THREADS" "$CLIENTS" "$HTTP" "$WARMUP" "$MEASURE"
        if [ "$LOAD" = wrk ]; then
            printf -- '- Load tool: wrk %s (bench/issuance.lua), %s connections, bearer token from the password login\n\n' \
                "$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }')" "$CLIENTS"
        else
            printf -- '- Load tool: IssuanceBench (Java HttpClient), %s clients, TLS client certificate\n\n' "$CLIENTS"
        fi
        printf '| case | CA key | token | raw signatures/s | issued/s | issued ÷ raw | p50 ms | p99 ms | GovCA CPU ms/cert | MariaDB CPU ms/cert | load tool CPU ms/cert | SQL statements / commits per cert | target | result |\n'
        printf '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n'
        for c in $CASES; do report_row "$c"; done
        printf '\nIssued = `201 Created` answers of `POST /api/v1/certificates` (profile tls-server, %s subscriber keys) completed in the measured seconds; every other answer stops the run. Raw = signatures of a 1 KiB message with the same key in its token (`CryptoToken.signer`), server idle. CPU ms/cert = CPU time of the WildFly JVM / of mariadbd / of the load tool during the issuance run divided by the certificates it issued (warm-up included): the cost per certificate, whatever else runs on the machine. SQL statements / commits = MariaDB'"'"'s Questions / Com_commit counters over the same run per certificate issued.\n\n' "$CSR_KEY"
        printf '## Every measurement\n\n```\n'
        cat "$WORK/results.jsonl"
        printf '```\n'
        for c in $CASES; do
            [ -s "$WORK/jfr-top-$c.txt" ] || continue
            printf '\n## Profile of case %s (JFR during issuance; JfrTop)\n\n```\n' "$c"
            cat "$WORK/jfr-top-$c.txt"
            printf '```\n'
        done
    } >"$file"
    cat "$file" >&2
    say "report: $file"
}

main() {
    preflight
    LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
    build
    rm -rf "$WORK"
    mkdir -p "$WORK" "$LOGS"
    start_mariadb
    init_softhsm
    prepare_home
    start_server
    create_cas
    warm_server
    run_cases
    profile_cases
    write_report
    if [ "${HOLD:-0}" = 1 ]; then
        say "HOLD=1: GovCA (GOVCA_HOME=$GHOME) and MariaDB (127.0.0.1:$DB_PORT) keep running; Ctrl-C stops them"
        say "  SOFTHSM2_CONF=$SOFTHSM2_CONF  tools: java -cp '$BENCH_CP' vn.govca.bench.IssuanceBench|RawSignBench"
        wait "$SERVER_PID" || true
    fi
}

# Sourced by bench/ocsp.sh and bench/crl.sh for its functions: run only when executed.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    main "$@"
fi
