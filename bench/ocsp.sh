#!/usr/bin/env bash
# GovCA OCSP benchmark (issue 3, performance). One command:
#
#   bench/ocsp.sh
#
# builds a clean clone of HEAD, starts a throwaway MariaDB and GovCA with the demo hierarchy,
# bulk-inserts CERTS certificates of CA-NhaNuoc-G2 (REVOKED_PERCENT % revoked), then loads with wrk
# (2 threads, random serials, no nonce) GovCA's /ocsp (GET and POST), `openssl ocsp -multi 2` on an
# index of the same certificates with the same EC P-256 responder key and certificate, and nginx
# serving one pre-signed response file; then POSTs with a fresh nonce each (signed per request)
# against the raw EC P-256 signing rate of the same key (RawSignBench, 2 threads, server idle); a
# JFR profile of GovCA under GET load. Answers are checked during every GovCA and openssl run
# (OcspCheck). Report: bench/results/ocsp-<UTC time>.md, raw wrk outputs beside it.
#
# Environment (all optional):
#   CERTS=100000 REVOKED_PERCENT=10   data set
#   DURATION=20     measured seconds of each wrk run;  WARMUP=3  unrecorded seconds before each
#   REPEAT=3        repetitions (interleaved: GovCA, openssl, nginx in turn); medians reported
#   CONNS="8 64"    wrk connections;  WRK_THREADS=2
#   PRIME=60        seconds of unrecorded GET+POST load on GovCA (JIT), after every certificate was
#                   asked once in order (its answer signed and cached): the runs measure the cached state
#   NONCE=1 PROFILE=1 OPENSSL=1 NGINX=1   0 skips that part
#   CLONE=1         build a clean clone of HEAD in bench/target/src; keep: reuse that clone's build;
#                   0: use the working tree's dist/target and cli/target as they are
#   HOLD=1          keep everything running at the end until Ctrl-C
#   OCSP_HOST=ocsp.govca.test   Host header of every wrk request (all three systems): a DNS name, as
#                   relying parties send the host of the AIA URL; Undertow checks an IP-literal Host
#                   (wrk's default, 127.0.0.1:8080) with a regular expression, 7 % of a cached GET's
#                   samples in the profile of ocsp-2026-12-06T225341Z; production AIA URLs name a host
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$BENCH_DIR/common.sh"

CERTS="${CERTS:-100000}"
REVOKED_PERCENT="${REVOKED_PERCENT:-10}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-3}"
REPEAT="${REPEAT:-3}"
CONNS="${CONNS:-8 64}"
WRK_THREADS="${WRK_THREADS:-2}"
# Not SERVER_WARMUP: bench/issuance.sh (sourced) already gives that one its own default.
PRIME="${PRIME:-60}"
export OCSP_HOST="${OCSP_HOST:-ocsp.govca.test}"  # read by bench/ocsp.lua
NONCE="${NONCE:-1}"; PROFILE="${PROFILE:-1}"; OPENSSL="${OPENSSL:-1}"; NGINX="${NGINX:-1}"
WORK="$BENCH/target/ocsp-run"
GHOME="$WORK/home"
LOGS="$WORK/logs"
DATA="$WORK/data"
STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
RAW="$RESULTS_DIR/ocsp-$STAMP"
OURS="http://127.0.0.1:$HTTP_PORT"
OSSL_PID=""; NGINX_PID=""
COMMAND="OCSP_HOST=$OCSP_HOST CERTS=$CERTS REVOKED_PERCENT=$REVOKED_PERCENT DURATION=$DURATION WARMUP=$WARMUP REPEAT=$REPEAT CONNS=\"$CONNS\" WRK_THREADS=$WRK_THREADS PRIME=$PRIME CLONE=$CLONE bench/ocsp.sh"

cleanup_ocsp() {
    local status=$?
    set +e
    stop_openssl
    if [ -n "$NGINX_PID" ]; then kill -TERM "$NGINX_PID" 2>/dev/null && wait_pid "$NGINX_PID" 20; fi
    (exit "$status"); cleanup
}
trap cleanup_ocsp EXIT

# --- Reference responders -------------------------------------------------------------------------
# The responder key and certificate GovCA uses for the issuing CA: key from the OCSP token
# (alias ocsp-ca-nhanuoc-g2), certificate from an answer GovCA gave.
responder_credentials() {
    local alias="ocsp-${ISSUING_CA,,}" first
    first=$(head -n 1 "$DATA/post.hex")
    printf '%s' "$first" | xxd -r -p | curl -sf -H 'Content-Type: application/ocsp-request' --data-binary @- \
        -o "$WORK/good-response.der" "$OURS/ocsp" || die "GovCA does not answer OCSP"
    openssl ocsp -respin "$WORK/good-response.der" -noverify -resp_text 2>/dev/null \
        | sed -n '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/p' | head -n 100 \
        | awk '/BEGIN/ { n++ } n == 1' >"$WORK/responder.pem"
    openssl x509 -in "$WORK/responder.pem" -noout -subject >&2 || die "no responder certificate in GovCA's answer"
    (umask 077 && openssl pkcs12 -in "$GHOME/tokens/ocsp.p12" -passin "file:$GHOME/tokens/ocsp.pass" -nocerts -nodes \
        2>"$LOGS/openssl.log" | awk -v a="friendlyName: $alias" 'index($0, a) { on = 1 } on { print } on && /END PRIVATE KEY/ { exit }' \
        | sed -n '/BEGIN PRIVATE KEY/,/END PRIVATE KEY/p' >"$WORK/responder.key")
    [ "$(openssl pkey -in "$WORK/responder.key" -pubout 2>/dev/null)" = "$(openssl x509 -in "$WORK/responder.pem" -noout -pubkey)" ] \
        || die "the responder key from tokens/ocsp.p12 (alias $alias) does not match the responder certificate"
    openssl x509 -in "$WORK/responder.pem" -noout -text | grep -q 'ASN1 OID: prime256v1' || die "responder key is not EC P-256"
}

# openssl ocsp (3.0) gets its -multi children stuck in a busy loop once wrk closes connections at
# the end of a run (seen here: the next run gets 0 answers), so every openssl run gets a freshly
# started responder and no separate warm-up run (it has no JIT; the index is read at start).
start_openssl() {
    OSSL_PORT=$(free_port)
    (cd "$DATA" && exec openssl ocsp -index index.txt -port "$OSSL_PORT" -rsigner "$WORK/responder.pem" \
        -rkey "$WORK/responder.key" -CA "$WORK/issuing.pem" -ndays 1 -multi 2 -ignore_err >"$LOGS/openssl-ocsp.log" 2>&1) &
    OSSL_PID=$!
    local i
    # reading the 100,000-line index took over 10 s once, on a loaded machine (no report that run)
    for ((i = 0; i < 600; i++)); do
        # not a test connection: an empty connection is enough to upset the responder (see above)
        grep -q '^ACCEPT' "$LOGS/openssl-ocsp.log" 2>/dev/null && { sleep 0.3; return 0; }
        sleep 0.1
    done
    die "openssl ocsp did not listen: $(tail -n 5 "$LOGS/openssl-ocsp.log")"
}

stop_openssl() {
    [ -n "$OSSL_PID" ] || return 0
    local children
    children=$(pgrep -P "$OSSL_PID" || true)
    kill -TERM "$OSSL_PID" $children 2>/dev/null || true
    sleep 0.5
    kill -KILL "$OSSL_PID" $children 2>/dev/null || true
    wait "$OSSL_PID" 2>/dev/null || true
    OSSL_PID=""
}

openssl_run() { # method conns rep mode file path
    start_openssl
    wrk_run openssl "$1" "$2" "$3" "http://127.0.0.1:$OSSL_PORT" "$4" "$5" "$6"
    stop_openssl
}

start_nginx() {
    local dir="$WORK/nginx"
    NGINX_PORT=$(free_port)
    mkdir -p "$dir/www" "$dir/logs"
    cp "$WORK/good-response.der" "$dir/www/response.der"
    cat >"$dir/nginx.conf" <<EOF
user root;
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    open_file_cache max=16;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $dir/www;
        location /ocsp/ {
            types { }
            default_type application/ocsp-response;
            rewrite ^ /response.der break;
        }
    }
}
EOF
    say "starting nginx on port $NGINX_PORT (one pre-signed response, $(stat -c %s "$dir/www/response.der") bytes) ..."
    nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' >"$LOGS/nginx.log" 2>&1 &
    NGINX_PID=$!
    local i
    for ((i = 0; i < 50; i++)); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/ocsp/x")" = 200 ] && return 0
        sleep 0.2
    done
    die "nginx does not answer: $(tail -n 5 "$LOGS/nginx.log")"
}

# --- Load ------------------------------------------------------------------------------------------------
# Asks GovCA once for every certificate of the data set (GET, file order), so that every answer is
# signed and cached before anything is measured: random requests for a fixed time left a share of
# the serials unasked, and the first measurement paid their signatures (GET at 8 connections:
# 4,800/s instead of 20,000 in report ocsp-2026-12-06T202338Z). Repeats until wrk has sent as many
# requests in one run as there are certificates, plus 5 % for the threads' uneven shares (each run
# starts again at the first line: a longer run replaces a short one, answers cached so far are hits).
fill_cache() {
    local lines need sent=0 secs out="$LOGS/fill-cache.txt"
    lines=$(wc -l <"$DATA/get-b64url.txt"); need=$((lines * 105 / 100)); secs=$((lines / 3000 + 5))
    say "filling GovCA's response cache: each of $lines certificates asked once (GET, in order)"
    while :; do
        wrk -t "$WRK_THREADS" -c 64 -d "${secs}s" -s "$BENCH/ocsp.lua" "$OURS" -- walk "$DATA/get-b64url.txt" /ocsp \
            "$WRK_THREADS" >"$out" 2>&1 || die "wrk failed: $(cat "$out")"
        grep -q 'Non-2xx' "$out" && die "GovCA refused requests while filling its cache: $(cat "$out")"
        sent=$(awk '/requests in/ { print $1 }' "$out")
        say "  $sent requests in $secs s ($(awk '/^Requests\/sec:/ { print $2 }' "$out")/s)"
        if [ "${sent:-0}" -ge "$need" ]; then
            say "  GovCA holds $(curl -s "$OURS/health" | jq -r .ocspCachedAnswers) cached answers (GET /health)"
            return 0
        fi
        [ "$secs" -lt 600 ] || die "could not ask every certificate once in $secs s"
        secs=$((secs * 2))
    done
}

# wrk_run system method conns rep url mode file path: one measured wrk run, one JSON line to results.jsonl.
wrk_run() {
    local system=$1 method=$2 conns=$3 rep=$4 url=$5 mode=$6 file=$7 path=$8
    local out="$RAW/wrk-$system-$method-c$conns-r$rep.txt" load check="" cpu0 cpu1 rps p50 p99 non2xx errors checkjson=null
    if [ "$system" != openssl ]; then
        wrk -t "$WRK_THREADS" -c "$conns" -d "${WARMUP}s" -s "$BENCH/ocsp.lua" "$url" -- "$mode" "$DATA/$file" "$path" >/dev/null 2>&1 || true
    fi
    load=$(loadavg)
    if [ "$system" != nginx ] && [ "$mode" != nonce ]; then
        check="$RAW/check-$system-$method-c$conns-r$rep.json"
        java -Xmx256m -XX:TieredStopAtLevel=1 -cp "$BENCH_CP" vn.govca.bench.OcspCheck --url "$url$path" --data "$DATA" \
            --get-file "$file" --methods "${method/nonce/post}" --seconds "$((DURATION - 2))" --rate 20 \
            $( [ "$system" = openssl ] && echo --responder-cert "$WORK/responder.pem" ) >"$check" 2>>"$LOGS/check.log" &
    elif [ "$mode" = nonce ]; then
        check="$RAW/check-$system-$method-c$conns-r$rep.json"
        java -Xmx256m -XX:TieredStopAtLevel=1 -cp "$BENCH_CP" vn.govca.bench.OcspCheck --url "$url$path" --data "$DATA" \
            --nonce true --seconds "$((DURATION - 2))" --rate 20 >"$check" 2>>"$LOGS/check.log" &
    fi
    local checkpid=$!
    cpu0=$(cpu_ms "$SERVER_JVM")
    wrk -t "$WRK_THREADS" -c "$conns" -d "${DURATION}s" --latency -s "$BENCH/ocsp.lua" "$url" -- "$mode" "$DATA/$file" "$path" >"$out" 2>&1 \
        || die "wrk failed: $(cat "$out")"
    cpu1=$(cpu_ms "$SERVER_JVM")
    if [ -n "$check" ]; then
        wait "$checkpid" || say "OcspCheck reported wrong answers: $(cat "$check")"
        checkjson=$(cat "$check"); [ -n "$checkjson" ] || checkjson=null
    fi
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    p50=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out"); non2xx=${non2xx:-0}
    errors=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out"); errors=${errors:-0}
    local requests; requests=$(awk '/requests in/ { print $1 }' "$out")
    local line
    line=$(jq -cn --arg s "$system" --arg m "$method" --argjson c "$conns" --argjson r "$rep" --argjson rps "$rps" \
        --argjson p50 "$p50" --argjson p99 "$p99" --argjson n "$non2xx" --argjson e "$errors" --arg load "$load" \
        --argjson cpu "$( [ "$system" = govca ] && echo $((cpu1 - cpu0)) || echo null)" --argjson req "${requests:-0}" \
        --argjson check "$checkjson" \
        '{system:$s, method:$m, conns:$c, rep:$r, rps:$rps, p50Ms:$p50, p99Ms:$p99, non2xx:$n, socketErrors:$e,
          loadBefore:$load, serverCpuMsPerResponse:(if $cpu == null or $req == 0 then null else ((1000 * $cpu / $req | round) / 1000) end),
          check:$check}')
    printf '%s\n' "$line" >&2
    printf '%s\n' "$line" >>"$WORK/results.jsonl"
}

run_ocsp() {
    local r c
    for ((r = 1; r <= REPEAT; r++)); do
        for c in $CONNS; do
            say "repetition $r/$REPEAT, $c connections (load $(loadavg))"
            wrk_run govca GET "$c" "$r" "$OURS" get get-b64url.txt /ocsp
            if [ "$OPENSSL" = 1 ]; then openssl_run GET "$c" "$r" get get-b64pct.txt ""; fi
            if [ "$NGINX" = 1 ]; then wrk_run nginx GET "$c" "$r" "http://127.0.0.1:$NGINX_PORT" get get-b64url.txt /ocsp; fi
            wrk_run govca POST "$c" "$r" "$OURS" post post.hex /ocsp
            if [ "$OPENSSL" = 1 ]; then openssl_run POST "$c" "$r" post post.hex /; fi
        done
    done
}

run_nonce() {
    local r c=64 line
    for ((r = 1; r <= REPEAT; r++)); do
        say "nonce repetition $r/$REPEAT: raw EC P-256 signing (RawSignBench, 2 threads, server idle), then POST with nonce, $c connections"
        line=$(java -Xmx512m -cp "$BENCH_CP" vn.govca.bench.RawSignBench --config "$GHOME/govca.properties" --token ocsp \
            --alias "ocsp-${ISSUING_CA,,}" --threads 2 --warmup "$(( WARMUP > 5 ? WARMUP : 5 ))" --seconds "$DURATION" --message-bytes 256 \
            2>>"$LOGS/bench-stderr.log") || die "RawSignBench failed: $(tail -n 5 "$LOGS/bench-stderr.log")"
        line=$(jq -c --arg load "$(loadavg)" --argjson r "$r" '. + {system:"raw-sign", rep:$r, loadAfter:$load}' <<<"$line")
        printf '%s\n' "$line" >&2
        printf '%s\n' "$line" >>"$WORK/results.jsonl"
        wrk_run govca NONCE "$c" "$r" "$OURS" nonce nonce.hex /ocsp
    done
}

profile_server() {
    local jfr="$RAW/govca-get-c64.jfr"
    say "profiling GovCA under GET load, 64 connections (JFR, 20 s) ..."
    jcmd "$SERVER_JVM" JFR.start name=bench duration=20s settings=profile filename="$jfr" >"$LOGS/jfr.log" 2>&1 \
        || { say "JFR.start failed: $(cat "$LOGS/jfr.log")"; return 0; }
    wrk -t "$WRK_THREADS" -c 64 -d 22s -s "$BENCH/ocsp.lua" "$OURS" -- get "$DATA/get-b64url.txt" /ocsp >"$RAW/wrk-profile-get.txt" 2>&1 || true
    sleep 2
    java -cp "$BENCH_CP" vn.govca.bench.JfrTop "$jfr" 30 >"$RAW/jfr-top-get-c64.txt" 2>&1 || say "JfrTop failed"
    if [ "$NONCE" = 1 ]; then
        jfr="$RAW/govca-nonce-c64.jfr"
        jcmd "$SERVER_JVM" JFR.start name=bench2 duration=20s settings=profile filename="$jfr" >>"$LOGS/jfr.log" 2>&1 || return 0
        wrk -t "$WRK_THREADS" -c 64 -d 22s -s "$BENCH/ocsp.lua" "$OURS" -- nonce "$DATA/nonce.hex" /ocsp >"$RAW/wrk-profile-nonce.txt" 2>&1 || true
        sleep 2
        java -cp "$BENCH_CP" vn.govca.bench.JfrTop "$jfr" 30 >"$RAW/jfr-top-nonce-c64.txt" 2>&1 || say "JfrTop failed"
    fi
}

# --- Report ------------------------------------------------------------------------------------------------
med() { # system method conns field
    jq -r --arg s "$1" --arg m "$2" --argjson c "$3" --arg f "$4" \
        'select(.system == $s and .method == $m and .conns == $c) | .[$f] // empty' "$WORK/results.jsonl" | median_of
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "null" || b == 0 || a == "null") print "–"; else printf "%.2f", a / b }'; }

write_report() {
    local file="$RESULTS_DIR/ocsp-$STAMP.md" c m g o n raw nonce
    {
        printf '# OCSP benchmark, %s\n\n' "$STAMP"
        printf -- '- Command: `%s`\n' "$COMMAND"
        printf -- '- Commit: %s\n' "$COMMIT"
        printf -- '- Machine: %s CPUs (nproc), %s, %s; load tool (wrk %s threads, Host: %s) on the same machine\n' "$(nproc)" \
            "$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)" "$(uname -sr)" "$WRK_THREADS" "$OCSP_HOST"
        printf -- '- Load average: before the run %s, at the end %s (each measurement records its own in the JSON below)\n' "$LOADAVG" "$(loadavg)"
        printf -- '- Data: %s certificates of %s, %s %% revoked; MariaDB %s; %s; nginx %s; %s\n' "$CERTS" "$ISSUING_CA" \
            "$REVOKED_PERCENT" "$(mariadb-admin --version | sed 's/.*Distrib \([^,]*\),.*/\1/')" "$(openssl version)" \
            "$(nginx -v 2>&1 | sed 's/.*nginx\///')" "$(java -version 2>&1 | head -n 1)"
        printf -- '- Each figure: median of %s wrk runs of %s s (after %s s unrecorded), runs interleaved GovCA / openssl / nginx\n\n' "$REPEAT" "$DURATION" "$WARMUP"
        printf '| method | conns | GovCA resp/s | p50 / p99 ms | openssl resp/s | p50 / p99 ms | nginx req/s | p50 / p99 ms | GovCA ÷ openssl | GovCA ÷ nginx (GET) | GovCA CPU ms/resp |\n'
        printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
        for m in GET POST; do
            for c in $CONNS; do
                g=$(med govca "$m" "$c" rps); o=$(med openssl "$m" "$c" rps); n=$(med nginx GET "$c" rps)
                printf '| %s | %s | %s | %s / %s | %s | %s / %s | %s | %s / %s | %s | %s | %s |\n' "$m" "$c" "$g" \
                    "$(med govca "$m" "$c" p50Ms)" "$(med govca "$m" "$c" p99Ms)" "$o" \
                    "$(med openssl "$m" "$c" p50Ms)" "$(med openssl "$m" "$c" p99Ms)" "$n" \
                    "$(med nginx GET "$c" p50Ms)" "$(med nginx GET "$c" p99Ms)" "$(ratio "$g" "$o")" "$(ratio "$g" "$n")" \
                    "$(med govca "$m" "$c" serverCpuMsPerResponse)"
            done
        done
        if [ "$NONCE" = 1 ]; then
            raw=$(jq -r 'select(.system == "raw-sign") | .perSecond' "$WORK/results.jsonl" | median_of)
            nonce=$(med govca NONCE 64 rps)
            printf '\nNonce (POST, a fresh 16-octet nonce per request, signed per request with the EC P-256 responder key), 64 connections: **%s responses/s**, p50 / p99 %s / %s ms; raw signing rate of the same key (RawSignBench, SHA256withECDSA, 2 threads, server idle): **%s/s**; ratio **%s** (target ≥ 0.50).\n' \
                "$nonce" "$(med govca NONCE 64 p50Ms)" "$(med govca NONCE 64 p99Ms)" "$raw" "$(ratio "$nonce" "$raw")"
        fi
        printf '\nCorrectness: every GovCA and openssl run (and the nonce runs) had OcspCheck send 20 requests/s of the same data set alongside (half for revoked certificates) and check each answer (signature, serial, status, revocation time and reason, nonce): total checked %s, mismatches %s. Non-2xx answers in all wrk runs: %s; socket errors: %s.\n' \
            "$(jq -s '[.[] | .check.checked // 0] | add' "$WORK/results.jsonl")" \
            "$(jq -s '[.[] | .check.mismatches // 0] | add' "$WORK/results.jsonl")" \
            "$(jq -s '[.[] | .non2xx // 0] | add' "$WORK/results.jsonl")" \
            "$(jq -s 'map(select(.system != null)) | group_by(.system) | map("\(.[0].system) \([.[] | .socketErrors // 0] | add)") | join(", ")' -r "$WORK/results.jsonl")"
        printf '\n## Every measurement\n\n```\n'
        cat "$WORK/results.jsonl"
        printf '```\n'
    } >"$file"
    cat "$file" >&2
    say "report: $file (raw outputs in $RAW)"
}

main_ocsp() {
    preflight
    command -v wrk >/dev/null || die "wrk is not installed"
    command -v nginx >/dev/null || die "nginx is not installed"
    LOADAVG=$(loadavg)
    build_for_bench
    rm -rf "$WORK"
    mkdir -p "$WORK" "$LOGS" "$RAW"
    start_mariadb
    prepare_demo_home
    start_server
    await_issuing_ca
    make_data "$CERTS" "$REVOKED_PERCENT" "$CERTS"
    bulk_insert
    responder_credentials
    if [ "$NGINX" = 1 ]; then start_nginx; fi
    fill_cache
    say "warming GovCA up: ${PRIME} s of GET and POST load (not recorded)"
    wrk -t "$WRK_THREADS" -c 64 -d "$((PRIME / 2 + 1))s" -s "$BENCH/ocsp.lua" "$OURS" -- get "$DATA/get-b64url.txt" /ocsp >"$LOGS/warmup-get.txt" 2>&1
    wrk -t "$WRK_THREADS" -c 64 -d "$((PRIME / 2 + 1))s" -s "$BENCH/ocsp.lua" "$OURS" -- post "$DATA/post.hex" /ocsp >"$LOGS/warmup-post.txt" 2>&1
    : >"$WORK/results.jsonl"
    run_ocsp
    if [ "$NONCE" = 1 ]; then run_nonce; fi
    if [ "$PROFILE" = 1 ]; then profile_server; fi
    write_report
    if [ "${HOLD:-0}" = 1 ]; then
        say "HOLD=1: GovCA ($OURS), nginx (port ${NGINX_PORT:-}), MariaDB (port $DB_PORT) keep running; Ctrl-C stops them"
        wait "$SERVER_PID" || true
    fi
}

main_ocsp "$@"
