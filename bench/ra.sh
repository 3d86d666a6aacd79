#!/usr/bin/env bash
# Registration authority benchmark (issue 4, "Performance"): the dashboard and the request list of
# one province's subscriber manager when the province holds 100,000 certificates and 20,000
# requests, and a bulk CSV import of 10,000 rows — on GovCA with MariaDB, the load tool (curl) on
# the same machine. Targets: page served in < 500 ms median; import of 10,000 rows in < 60 s.
#
#   bench/ra.sh                      # build a clean clone of HEAD, then measure
#   CLONE=keep bench/ra.sh           # reuse bench/target/src as last built
#   CERTS=100000 REQUESTS=20000 ROWS=10000 SAMPLES=30 REPEAT=3 bench/ra.sh
#
# The data set is bulk-inserted with SQL (MariaDB's sequence engine) as the services leave it:
# agencies under Tỉnh Sơn La with materialised paths, individual subscribers, certificates attributed
# to them (85 % active with notAfter spread over three years, 10 % revoked, 5 % expired) and
# requests in every state, some overdue. Page latency is curl's time_total over one kept-alive
# HTTPS connection (the first, with the TLS handshake, is dropped): the REST resources with the
# manager's bearer token, the RA web pages (Faces) in the manager's signed-in web session.
# Writes bench/results/ra-<time>.md. HOLD=1 keeps GovCA and MariaDB running at the end.

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

CERTS="${CERTS:-100000}"
REQUESTS="${REQUESTS:-20000}"
ROWS="${ROWS:-10000}"
SAMPLES="${SAMPLES:-30}"
AGENCIES=100
SUBSCRIBERS=20000
STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
RAW="$RESULTS_DIR/ra-$STAMP"
COMMAND="CLONE=$CLONE CERTS=$CERTS REQUESTS=$REQUESTS ROWS=$ROWS SAMPLES=$SAMPLES REPEAT=$REPEAT bench/ra.sh"
MANAGER=quanly.sonla
MANAGER_PASSWORD="bench-$(secret)"

# Creates the manager of Tỉnh Sơn La (the province the data lives in) through the API.
create_manager() {
    PROVINCE_ID=$(sql "SELECT id FROM province WHERE code='14'")
    api_post /api/v1/users "{\"username\":\"$MANAGER\",\"displayName\":\"Quản lý Sơn La\",\"role\":\"SUBSCRIBER_MANAGER\",\"scopeProvinceId\":$PROVINCE_ID,\"password\":\"$MANAGER_PASSWORD\"}"
    MANAGER_ID=$(sql "SELECT id FROM administrator WHERE username='$MANAGER'")
    TOKEN=$(curl -s --cacert "$GHOME/tls/management-ca.pem" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$MANAGER\",\"password\":\"$MANAGER_PASSWORD\"}" "$API/api/v1/auth/login" \
        | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [ -n "$TOKEN" ] || die "the manager cannot log in"
}

# Agencies, subscribers, certificates and requests of the province, in a few INSERT ... SELECTs.
insert_ra_data() {
    local t0 t1
    t0=$(date +%s.%N)
    sql "SET @p = $PROVINCE_ID; SET @now = UTC_TIMESTAMP(6);
         INSERT INTO agency (province_id, parent_id, name, name_search, path, created_at, updated_at, version)
           VALUES (@p, NULL, 'UBND tỉnh Sơn La', 'ubnd tinh son la', '/0/', @now, @now, 0);
         SET @root = LAST_INSERT_ID();
         UPDATE agency SET path = CONCAT('/', @root, '/') WHERE id = @root;
         INSERT INTO agency (province_id, parent_id, name, name_search, path, created_at, updated_at, version)
           SELECT @p, @root, CONCAT('Sở ', seq), CONCAT('so ', seq), CONCAT('/', @root, '/'), @now, @now, 0
           FROM seq_1_to_$AGENCIES;
         UPDATE agency SET path = CONCAT('/', @root, '/', id, '/') WHERE parent_id = @root;
         SET @a0 = @root + 1;
         INSERT INTO subscriber (kind, agency_id, province_id, display_name, name_search, date_of_birth, id_type,
             id_number, id_issue_date, id_issue_place, mobile, email, created_at, updated_at, created_by, version)
           SELECT 'INDIVIDUAL', @a0 + MOD(seq, $AGENCIES), @p, CONCAT('Cán bộ ', seq), CONCAT('can bo ', seq),
             '1985-03-15', 'CCCD', CONCAT('014', LPAD(seq, 9, '0')), '2021-08-10', 'Cục Cảnh sát QLHC',
             '0912345678', CONCAT('cb', seq, '@sonla.gov.vn'), @now, @now, 'bench', 0
           FROM seq_1_to_$SUBSCRIBERS;
         SET @s0 = (SELECT MIN(id) FROM subscriber WHERE province_id = @p);
         SET @der = (SELECT certificate_der FROM certificate_authority WHERE id = $CA_ID);
         SET unique_checks = 0; SET foreign_key_checks = 0;
         INSERT INTO certificate (ca_id, serial_hex, status, subject_dn, subject_search, profile_name, not_before,
             not_after, fingerprint_sha256, der, revocation_reason, revocation_time, created_at, updated_at, version,
             subscriber_id, agency_id, province_id, cert_type)
           SELECT $CA_ID, CONCAT('7a', LPAD(HEX(seq), 30, '0')),
             IF(MOD(seq, 20) < 2, 'REVOKED', 'ACTIVE'),
             CONCAT('C=VN, L=Sơn La, CN=Cán bộ ', seq), CONCAT('c=vn, l=son la, cn=can bo ', seq), 'personal',
             @now - INTERVAL 400 DAY,
             IF(MOD(seq, 20) = 19, @now - INTERVAL MOD(seq, 300) DAY, @now + INTERVAL MOD(seq, 1095) DAY),
             SHA2(CONCAT('ra-bench-', seq), 256), @der,
             IF(MOD(seq, 20) < 2, 1, NULL), IF(MOD(seq, 20) < 2, @now - INTERVAL 30 DAY, NULL),
             @now - INTERVAL 400 DAY, @now - INTERVAL 30 DAY, 2,
             @s0 + MOD(seq, $SUBSCRIBERS), @a0 + MOD(MOD(seq, $SUBSCRIBERS), $AGENCIES), @p, 'INDIVIDUAL'
           FROM seq_1_to_$CERTS;
         INSERT INTO ra_request (type, state, subscriber_id, agency_id, province_id, ca_name, profile_name,
             server_key_generation, required_approvals, approval_count, filed_by, filed_at, complete_at, due_on,
             updated_at, version)
           SELECT ELT(1 + MOD(seq, 3), 'NEW_ISSUANCE', 'RENEWAL', 'REVOCATION'),
             ELT(1 + MOD(seq, 7), 'DRAFT', 'SUBMITTED', 'INFO_REQUESTED', 'APPROVED', 'COMPLETED', 'REJECTED',
                 'CANCELLED'),
             @s0 + MOD(seq, $SUBSCRIBERS), @a0 + MOD(MOD(seq, $SUBSCRIBERS), $AGENCIES), @p, '$ISSUING_CA',
             'personal', FALSE, 1, 0, $MANAGER_ID, @now - INTERVAL MOD(seq, 90) DAY,
             @now - INTERVAL MOD(seq, 90) DAY, DATE(@now - INTERVAL MOD(seq, 90) DAY) + INTERVAL 5 DAY,
             @now - INTERVAL MOD(seq, 90) DAY, 0
           FROM seq_1_to_$REQUESTS;
         SET unique_checks = 1; SET foreign_key_checks = 1;
         ANALYZE TABLE certificate, ra_request, subscriber, agency;" >/dev/null || die "RA data insert failed"
    t1=$(date +%s.%N)
    ROOT_AGENCY=$(sql "SELECT MIN(id) FROM agency WHERE province_id = $PROVINCE_ID AND parent_id IS NULL")
    say "inserted $(sql "SELECT COUNT(*) FROM certificate WHERE province_id = $PROVINCE_ID") certificates and $(sql "SELECT COUNT(*) FROM ra_request WHERE province_id = $PROVINCE_ID") requests for province $PROVINCE_ID in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
}

# Median time_total (ms) of $SAMPLES GETs of $1 over one connection, the first dropped.
page_ms() {
    local path="$1" urls=() i
    # curl's -o applies to one URL: each of the kept-alive requests gets its own.
    for ((i = 0; i <= SAMPLES; i++)); do urls+=(-o /dev/null "$API$path"); done
    curl -s --cacert "$GHOME/tls/management-ca.pem" -H "Authorization: Bearer $TOKEN" \
        -w '%{http_code} %{time_total}\n' "${urls[@]}" >"$WORK/page.txt"
    grep -qv '^200 ' "$WORK/page.txt" && die "GET $path answered $(grep -v '^200 ' "$WORK/page.txt" | head -n 1)"
    tail -n +2 "$WORK/page.txt" | awk '{ printf "%.1f\n", $2 * 1000 }' | median_of
}

# Signs the manager in to the RA web UI as a browser does — session cookie, the sign-in form's
# ViewState — so that the Faces pages themselves are timed, not only the REST resources they share
# their queries with.
web_login() {
    local vs code
    JAR="$WORK/ra-cookies.txt"
    rm -f "$JAR"
    vs=$(curl -s -c "$JAR" -b "$JAR" --cacert "$GHOME/tls/management-ca.pem" "$API/ra/login.xhtml" \
        | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/')
    [ -n "$vs" ] || die "the RA sign-in page carries no jakarta.faces.ViewState"
    code=$(curl -s -c "$JAR" -b "$JAR" --cacert "$GHOME/tls/management-ca.pem" -o "$WORK/login.html" -w '%{http_code}' \
        --data-urlencode login=login --data-urlencode "login:username=$MANAGER" \
        --data-urlencode "login:password=$MANAGER_PASSWORD" --data-urlencode "login:sign-in=" \
        --data-urlencode "jakarta.faces.ViewState=$vs" "$API/ra/login.xhtml")
    case "$code" in 200 | 302 | 303) ;; *) die "RA sign-in answered $code" ;; esac
    curl -s -b "$JAR" --cacert "$GHOME/tls/management-ca.pem" "$API/ra/dashboard.xhtml" | grep -q 'id="tiles"' \
        || die "RA sign-in did not lead to the dashboard (see $WORK/login.html)"
}

# Median time_total (ms) of $SAMPLES GETs of the Faces page $1 in the signed-in web session, over
# one connection, the first dropped; each must be the page (not the sign-in form) with $2 in it.
web_page_ms() {
    local path="$1" marker="$2" urls=() i
    for ((i = 0; i <= SAMPLES; i++)); do urls+=(-o "$WORK/web-page-$i.html" "$API$path"); done
    curl -s -b "$JAR" --cacert "$GHOME/tls/management-ca.pem" -w '%{http_code} %{time_total}\n' "${urls[@]}" \
        >"$WORK/web-page.txt"
    grep -qv '^200 ' "$WORK/web-page.txt" && die "GET $path answered $(grep -v '^200 ' "$WORK/web-page.txt" | head -n 1)"
    grep -q "$marker" "$WORK/web-page-$SAMPLES.html" || die "GET $path did not serve the page (no $marker)"
    tail -n +2 "$WORK/web-page.txt" | awk '{ printf "%.1f\n", $2 * 1000 }' | median_of
}

# A CSV of $ROWS individuals under the province's agencies; line numbers continue across runs.
make_csv() {
    local run="$1"
    {
        printf 'loai_thue_bao,ma_co_quan,mau_chung_thu,nguoi_nhan,email,ho_ten,ngay_sinh,loai_giay_to,so_giay_to,ngay_cap,noi_cap,dien_thoai,chuc_vu\r\n'
        awk -v n="$ROWS" -v run="$run" -v a0="$((ROOT_AGENCY + 1))" -v ag="$AGENCIES" 'BEGIN {
            for (i = 1; i <= n; i++) {
                printf "cá nhân,%d,personal,Văn thư,nhap%d_%d@sonla.gov.vn,Lường Văn Nhập %d,01/02/1980,CCCD,0149%d%07d,10/08/2021,Cục Cảnh sát QLHC,0912345678,Chuyên viên\r\n", a0 + (i % ag), run, i, i, run, i
            } }'
    } >"$WORK/import-$run.csv"
}

# Seconds to import one CSV ($1 = run number); dies unless accepted.
import_seconds() {
    local run="$1" out res
    out="$WORK/import-$run.json"
    make_csv "$run"
    res=$(curl -sS --max-time 600 -o "$out" -w '%{http_code} %{time_total}' --cacert "$GHOME/tls/management-ca.pem" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$WORK/import-$run.csv" \
        "$API/api/v1/imports" 2>"$WORK/import-$run.err") || true
    [ "${res%% *}" = 200 ] || die "import $run answered ${res%% *}: $(cat "$WORK/import-$run.err") $(head -c 600 "$out" 2>/dev/null)"
    echo "${res#* }"
}

round() {
    local r="$1" dash list filtered wdash wlist imp
    dash=$(page_ms /api/v1/dashboard)
    list=$(page_ms '/api/v1/requests?limit=50')
    filtered=$(page_ms '/api/v1/requests?state=SUBMITTED&overdue=true&limit=50')
    web_login
    wdash=$(web_page_ms /ra/dashboard.xhtml 'id="tiles"')
    wlist=$(web_page_ms /ra/requests/list.xhtml 'id="requests"')
    imp=$(import_seconds "$r")
    printf '{"run":%d,"dashboardMs":%s,"requestListMs":%s,"overdueListMs":%s,"webDashboardMs":%s,"webRequestListMs":%s,"import10kSeconds":%s,"load":"%s"}\n' \
        "$r" "$dash" "$list" "$filtered" "$wdash" "$wlist" "$imp" "$(loadavg)" | tee -a "$WORK/results.jsonl" >&2
}

med() { # field
    sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" "$WORK/results.jsonl" | median_of
}

write_report() {
    local file="$RESULTS_DIR/ra-$STAMP.md"
    mkdir -p "$RAW"
    cp "$WORK/results.jsonl" "$RAW/"
    {
        printf '# RA benchmark, %s\n\n' "$STAMP"
        printf -- '- Command: `%s`\n' "$COMMAND"
        printf -- '- Commit: %s\n' "$COMMIT"
        printf -- '- Machine: %s CPUs (nproc), %s, %s\n' "$(nproc)" "$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)" "$(uname -sr)"
        printf -- '- Load average: before %s, at the end %s\n' "$LOADAVG" "$(loadavg)"
        printf -- '- Scope: one province with %s certificates, %s requests, %s subscribers, %s agencies; medians of %s runs, each page the median of %s GETs\n\n' \
            "$CERTS" "$REQUESTS" "$SUBSCRIBERS" "$((AGENCIES + 1))" "$REPEAT" "$SAMPLES"
        printf '| measurement | median | target |\n| --- | ---: | ---: |\n'
        printf '| `GET /api/v1/dashboard` (manager) | %s ms | < 500 ms |\n' "$(med dashboardMs)"
        printf '| `GET /api/v1/requests?limit=50` | %s ms | < 500 ms |\n' "$(med requestListMs)"
        printf '| `GET /api/v1/requests?state=SUBMITTED&overdue=true&limit=50` | %s ms | < 500 ms |\n' "$(med overdueListMs)"
        printf '| RA web page `/ra/dashboard.xhtml` (signed-in session) | %s ms | < 500 ms |\n' "$(med webDashboardMs)"
        printf '| RA web page `/ra/requests/list.xhtml` | %s ms | < 500 ms |\n' "$(med webRequestListMs)"
        printf '| `POST /api/v1/imports` (%s rows) | %s s | < 60 s |\n' "$ROWS" "$(med import10kSeconds)"
        printf '\n## Every run\n\n```\n'
        cat "$WORK/results.jsonl"
        printf '```\n'
    } >"$file"
    cat "$file" >&2
    say "report: $file"
}

main_ra() {
    preflight
    LOADAVG=$(loadavg)
    build_for_bench
    rm -rf "$WORK"
    mkdir -p "$WORK" "$LOGS"
    start_mariadb
    prepare_demo_home
    start_server
    await_issuing_ca
    create_manager
    insert_ra_data
    : >"$WORK/results.jsonl"
    local r
    for ((r = 1; r <= REPEAT; r++)); do
        round "$r"
    done
    write_report
    if [ "${HOLD:-0}" = 1 ]; then
        say "HOLD=1: GovCA and MariaDB (port $DB_PORT) keep running; Ctrl-C stops them"
        wait "$SERVER_PID" || true
    fi
}

main_ra "$@"
