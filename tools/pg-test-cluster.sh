#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster with TLS for the hocbaso tests.
#
#   tools/pg-test-cluster.sh start   make and start a cluster; prints `export X=...` lines on stdout
#   tools/pg-test-cluster.sh start --replica   the same, plus a streaming replica of it (hot standby)
#   tools/pg-test-cluster.sh env     print the same `export X=...` lines for a running cluster
#   tools/pg-test-cluster.sh stop    stop it (pg_ctl stop -m fast) and remove its folder
#   tools/pg-test-cluster.sh status  say whether it runs
#
# Typical use:  eval "$(tools/pg-test-cluster.sh start)"; ...; tools/pg-test-cluster.sh stop
# HOCBASO_PG_REPLICA=1 asks for the replica as --replica does. The replica is made by pg_basebackup -R
# from the primary (through the Unix socket, as the cluster user) and listens on the next free
# loopback port; `stop` stops it with the primary.
#
# The cluster lives in $HOCBASO_PG_DIR when set (an absent or empty folder; `env` and `stop` then
# need the same HOCBASO_PG_DIR), else in a fresh folder /tmp/hocbaso-pg.XXXXXX recorded in
# /tmp/hocbaso-pg-<uid>.current so that `env` and `stop` find it. It listens on 127.0.0.1 only, on the first free port from 55432 up, with its
# Unix socket inside the folder. Local (socket) connections are trusted, TCP connections need the
# superuser password (scram-sha-256). TLS is on, with a test PKI made by the openssl CLI at start.
#
# As root the cluster runs as the `postgres` system user (initdb refuses root), through runuser;
# as any other user it runs as that user.
#
# Exported variables:
#   HOCBASO_TEST_PG                  libpq conninfo of the superuser, sslmode=require
#   HOCBASO_TEST_PG_HOST             127.0.0.1
#   HOCBASO_TEST_PG_PORT             the TCP port
#   HOCBASO_TEST_PG_USER             postgres
#   HOCBASO_TEST_PG_PASSWORD         the superuser password
#   HOCBASO_TEST_PG_DBNAME           postgres
#   HOCBASO_TEST_PG_ROOTCERT         PEM root CA that signed the server certificate
#   HOCBASO_TEST_PG_WRONG_ROOTCERT   PEM root CA unrelated to the server (verify-full must fail)
#   HOCBASO_TEST_PG_SOCKET_DIR       the Unix socket folder (trust auth, cluster user and root only)
#   HOCBASO_PG_DIR                   the cluster folder (what `stop` removes)
# With the replica also:
#   HOCBASO_TEST_PG_READ             libpq conninfo of the superuser on the replica, sslmode=require
#   HOCBASO_TEST_PG_READ_PORT        the replica's TCP port
set -euo pipefail

PG_VERSION=15
PGBIN="${HOCBASO_PGBIN:-/usr/lib/postgresql/${PG_VERSION}/bin}"
STATE_FILE="/tmp/hocbaso-pg-$(id -u).current"
MARKER=".hocbaso-pg-test-cluster"
FIRST_PORT="${HOCBASO_PG_FIRST_PORT:-55432}"
LAST_PORT=$((FIRST_PORT + 200))

say() { printf 'pg-test-cluster: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

usage() {
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
}

# Single-quote a value for `eval`.
shq() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }

# --- who runs the cluster ----------------------------------------------------------------------
if [[ $(id -u) -eq 0 ]]; then
    CLUSTER_USER=postgres
    getent passwd "$CLUSTER_USER" >/dev/null \
        || die "running as root, but there is no '$CLUSTER_USER' system user (install postgresql-$PG_VERSION: ./dev deps)"
    command -v runuser >/dev/null || die "running as root, but runuser (util-linux) is missing"
    as_cluster() { runuser -u "$CLUSTER_USER" -- "$@"; }
else
    CLUSTER_USER=$(id -un)
    as_cluster() { "$@"; }
fi

# --- where the cluster is ----------------------------------------------------------------------
current_dir() {
    if [[ -n ${HOCBASO_PG_DIR:-} ]]; then
        printf '%s\n' "$HOCBASO_PG_DIR"
    elif [[ -f $STATE_FILE ]]; then
        head -n1 "$STATE_FILE"
    fi
}

is_cluster_dir() { [[ -n ${1:-} && -d $1 && -f $1/$MARKER ]]; }

is_running() {
    local dir=$1
    [[ -f $dir/data/postmaster.pid ]] || return 1
    (cd "$dir" && as_cluster "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1)
}

port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        [[ -n $(ss -ltnH "( sport = :$port )" 2>/dev/null) ]] && return 0
    fi
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    return 1
}

pick_port() {
    local port=$1
    while ((port <= LAST_PORT)); do
        if ! port_in_use "$port"; then
            printf '%s\n' "$port"
            return 0
        fi
        port=$((port + 1))
    done
    return 1
}

print_env() {
    local dir=$1
    [[ -f $dir/env ]] || die "no env file in $dir (cluster not started?)"
    cat "$dir/env"
}

log_tail() {
    local dir=$1
    if [[ -f $dir/postgres.log ]]; then
        say "last lines of $dir/postgres.log:"
        tail -n 40 "$dir/postgres.log" >&2 || true
    fi
}

# --- the streaming replica ---------------------------------------------------------------------
# Made from the running primary in $DIR/replica; prints its port. The primary's settings file is
# copied with the data and rewritten here for the replica's port.
start_replica() {
    local dir=$1 primary_port=$2
    say "making a streaming replica of 127.0.0.1:$primary_port (pg_basebackup -R)"
    mkdir -p "$dir/replica"
    chmod 0700 "$dir/replica"
    : >"$dir/replica.log"
    chmod 0600 "$dir/replica.log"
    if [[ $(id -u) -eq 0 ]]; then
        chown "$CLUSTER_USER:" "$dir/replica" "$dir/replica.log"
    fi
    # -R writes standby.signal and primary_conninfo (the socket, trusted); -X stream brings the
    # log written during the copy, so the replica starts consistent.
    if ! as_cluster "$PGBIN/pg_basebackup" -h "$dir/socket" -p "$primary_port" -U postgres -D "$dir/replica" \
            -R -X stream -c fast --no-sync >"$dir/basebackup.log" 2>&1; then
        cat "$dir/basebackup.log" >&2
        die "pg_basebackup failed"
    fi
    local port attempt log_lines started=0
    port=$((primary_port + 1))
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$(pick_port "$port") || die "no free TCP port for the replica up to $LAST_PORT"
        # Only the port differs from the primary's settings; hot_standby (on by default) lets it
        # answer reads while it replays.
        as_cluster sed -i "s/^port = .*/port = $port/" "$dir/replica/hocbaso-test.conf"
        printf 'hot_standby = on\n' | as_cluster tee -a "$dir/replica/hocbaso-test.conf" >/dev/null
        say "starting the replica on 127.0.0.1:$port (attempt $attempt)"
        log_lines=$(wc -l <"$dir/replica.log")
        if as_cluster "$PGBIN/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w -t 60 start >/dev/null 2>&1; then
            started=1
            break
        fi
        if tail -n "+$((log_lines + 1))" "$dir/replica.log" | grep -q 'Address already in use'; then
            port=$((port + 1))
            continue
        fi
        break
    done
    if [[ $started -ne 1 ]]; then
        tail -n 40 "$dir/replica.log" >&2 || true
        die "the replica did not start"
    fi
    printf '%s\n' "$port"
}

stop_replica() {
    local dir=$1
    if [[ -f $dir/replica/postmaster.pid ]]; then
        say "stopping the replica in $dir/replica"
        (cd "$dir" && as_cluster "$PGBIN/pg_ctl" -D "$dir/replica" stop -m fast -w -t 60 >/dev/null) \
            || (cd "$dir" && as_cluster "$PGBIN/pg_ctl" -D "$dir/replica" stop -m immediate -w -t 30 >/dev/null) \
            || say "warning: pg_ctl stop of the replica failed"
    fi
}

# --- test PKI ----------------------------------------------------------------------------------
make_pki() {
    local tls=$1
    mkdir -p "$tls"
    chmod 0755 "$tls"
    cat >"$tls/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[v3_root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[v3_server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
    local name cn
    for name in root wrong-root; do
        if [[ $name == root ]]; then cn="hocbaso test root"; else cn="hocbaso wrong test root"; fi
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tls/$name.key" 2>/dev/null
        openssl req -x509 -new -key "$tls/$name.key" -subj "/CN=$cn" -days 30 \
            -config "$tls/openssl.cnf" -extensions v3_root -out "$tls/$name.crt"
    done
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tls/server.key" 2>/dev/null
    openssl req -new -key "$tls/server.key" -subj "/CN=localhost" -config "$tls/openssl.cnf" \
        -out "$tls/server.csr"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/root.crt" -CAkey "$tls/root.key" \
        -set_serial "0x$(openssl rand -hex 8)" -days 30 \
        -extfile "$tls/openssl.cnf" -extensions v3_server -out "$tls/server.crt" 2>/dev/null
    rm -f "$tls/server.csr"
    openssl verify -CAfile "$tls/root.crt" "$tls/server.crt" >/dev/null \
        || die "the generated server certificate does not verify against the test root"
    chmod 0644 "$tls/root.crt" "$tls/wrong-root.crt" "$tls/server.crt" "$tls/openssl.cnf"
    chmod 0600 "$tls/root.key" "$tls/wrong-root.key" "$tls/server.key"
}

# --- start -------------------------------------------------------------------------------------
DIR=""
START_OK=0
cleanup_failed_start() {
    [[ $START_OK -eq 1 ]] && return 0
    if is_cluster_dir "$DIR"; then
        log_tail "$DIR"
        if [[ -f $DIR/replica/postmaster.pid ]]; then
            (cd "$DIR" && as_cluster "$PGBIN/pg_ctl" -D "$DIR/replica" stop -m immediate -w >/dev/null 2>&1) || true
        fi
        if [[ -f $DIR/data/postmaster.pid ]]; then
            (cd "$DIR" && as_cluster "$PGBIN/pg_ctl" -D "$DIR/data" stop -m immediate -w >/dev/null 2>&1) || true
        fi
        rm -rf -- "$DIR"
        if [[ -f $STATE_FILE && $(head -n1 "$STATE_FILE") == "$DIR" ]]; then rm -f "$STATE_FILE"; fi
    fi
    if [[ ${CI:-} == true ]]; then
        say "CI=true: the PostgreSQL test server is required, this is a failure"
    fi
}

cmd_start() {
    local want_replica=0
    [[ ${HOCBASO_PG_REPLICA:-} == 1 ]] && want_replica=1
    while (($#)); do
        case "$1" in
            --replica) want_replica=1 ;;
            *) usage; exit 2 ;;
        esac
        shift
    done
    [[ -x $PGBIN/initdb && -x $PGBIN/pg_ctl && -x $PGBIN/postgres ]] \
        || die "PostgreSQL $PG_VERSION server binaries not found in $PGBIN (install postgresql-$PG_VERSION: ./dev deps)"
    command -v openssl >/dev/null || die "the openssl command is missing (install openssl: ./dev deps)"

    local existing
    existing=$(current_dir || true)
    if is_cluster_dir "$existing" && is_running "$existing" && [[ -f $existing/env ]]; then
        say "a test cluster already runs in $existing; reusing it"
        print_env "$existing"
        return 0
    fi
    if [[ -z ${HOCBASO_PG_DIR:-} ]] && is_cluster_dir "$existing"; then
        say "removing the stale test cluster folder $existing"
        (cd / && as_cluster "$PGBIN/pg_ctl" -D "$existing/replica" stop -m immediate >/dev/null 2>&1) || true
        (cd / && as_cluster "$PGBIN/pg_ctl" -D "$existing/data" stop -m immediate >/dev/null 2>&1) || true
        rm -rf -- "$existing"
    fi

    if [[ -n ${HOCBASO_PG_DIR:-} ]]; then
        DIR=$HOCBASO_PG_DIR
        if [[ -e $DIR ]]; then
            if is_cluster_dir "$DIR"; then
                say "removing the stale test cluster folder $DIR"
                rm -rf -- "$DIR"
            elif [[ -n $(ls -A -- "$DIR" 2>/dev/null) ]]; then
                die "HOCBASO_PG_DIR=$DIR exists and is not an empty folder nor a test cluster folder"
            fi
        fi
        mkdir -p -- "$DIR"
        DIR=$(cd -- "$DIR" && pwd -P)
    else
        DIR=$(mktemp -d /tmp/hocbaso-pg.XXXXXX)
    fi
    trap cleanup_failed_start EXIT
    : >"$DIR/$MARKER"
    chmod 0755 "$DIR"
    # Only a cluster whose folder we chose is recorded; a caller that set HOCBASO_PG_DIR tracks its own.
    [[ -n ${HOCBASO_PG_DIR:-} ]] || printf '%s\n' "$DIR" >"$STATE_FILE"

    say "creating a PostgreSQL $PG_VERSION test cluster in $DIR (cluster user: $CLUSTER_USER)"
    make_pki "$DIR/tls"

    local password
    password=$(openssl rand -hex 16)
    mkdir -p "$DIR/data" "$DIR/socket"
    (umask 077 && printf '%s\n' "$password" >"$DIR/pwfile")
    : >"$DIR/postgres.log"
    chmod 0700 "$DIR/data" "$DIR/socket"
    chmod 0600 "$DIR/pwfile" "$DIR/postgres.log"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R "$CLUSTER_USER:" "$DIR"
    fi

    # Run from inside the folder so that the cluster user never needs the caller's cwd.
    cd "$DIR"
    if ! as_cluster "$PGBIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pwfile" \
            --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
            --no-sync --no-instructions >"$DIR/initdb.log" 2>&1; then
        cat "$DIR/initdb.log" >&2
        die "initdb failed"
    fi
    rm -f "$DIR/pwfile"

    # Our settings live in their own file, rewritten for each port we try.
    printf "include = 'hocbaso-test.conf'\n" | as_cluster tee -a "$DIR/data/postgresql.conf" >/dev/null

    local port attempt log_lines started=0
    port=$FIRST_PORT
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$(pick_port "$port") || die "no free TCP port between $FIRST_PORT and $LAST_PORT"
        as_cluster tee "$DIR/data/hocbaso-test.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR/socket'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
ssl = on
ssl_cert_file = '$DIR/tls/server.crt'
ssl_key_file = '$DIR/tls/server.key'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
log_min_messages = warning
log_connections = off
EOF
        say "starting on 127.0.0.1:$port (attempt $attempt)"
        log_lines=$(wc -l <"$DIR/postgres.log")
        if as_cluster "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w -t 60 start >/dev/null 2>&1; then
            started=1
            break
        fi
        # Most likely another process took the port between the probe and the bind: try the next.
        if tail -n "+$((log_lines + 1))" "$DIR/postgres.log" | grep -q 'Address already in use'; then
            port=$((port + 1))
            continue
        fi
        break
    done
    [[ $started -eq 1 ]] || die "the PostgreSQL test server did not start"

    local i
    for i in $(seq 1 30); do
        if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; then break; fi
        if ((i == 30)); then die "the server does not accept connections on 127.0.0.1:$port"; fi
        sleep 1
    done

    local conninfo="host=127.0.0.1 port=$port user=postgres password=$password dbname=postgres"
    local ssl
    ssl=$(PGCONNECT_TIMEOUT=10 "$PGBIN/psql" -X -At \
        "$conninfo sslmode=verify-full sslrootcert=$DIR/tls/root.crt" \
        -c 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()' 2>&1) \
        || die "cannot connect with sslmode=verify-full: $ssl"
    [[ $ssl == t ]] || die "the connection is not encrypted (pg_stat_ssl.ssl = '$ssl')"

    local read_port="" read_conninfo=""
    if ((want_replica)); then
        read_port=$(start_replica "$DIR" "$port")
        read_conninfo="host=127.0.0.1 port=$read_port user=postgres password=$password dbname=postgres"
        local recovery
        recovery=$(PGCONNECT_TIMEOUT=10 "$PGBIN/psql" -X -At \
            "$read_conninfo sslmode=verify-full sslrootcert=$DIR/tls/root.crt" \
            -c 'SELECT pg_is_in_recovery()' 2>&1) \
            || die "cannot connect to the replica: $recovery"
        [[ $recovery == t ]] || die "the replica is not in recovery (pg_is_in_recovery() = '$recovery')"
    fi

    {
        printf 'export HOCBASO_TEST_PG=%s\n' "$(shq "$conninfo sslmode=require")"
        printf 'export HOCBASO_TEST_PG_HOST=%s\n' "$(shq 127.0.0.1)"
        printf 'export HOCBASO_TEST_PG_PORT=%s\n' "$(shq "$port")"
        printf 'export HOCBASO_TEST_PG_USER=%s\n' "$(shq postgres)"
        printf 'export HOCBASO_TEST_PG_PASSWORD=%s\n' "$(shq "$password")"
        printf 'export HOCBASO_TEST_PG_DBNAME=%s\n' "$(shq postgres)"
        printf 'export HOCBASO_TEST_PG_ROOTCERT=%s\n' "$(shq "$DIR/tls/root.crt")"
        printf 'export HOCBASO_TEST_PG_WRONG_ROOTCERT=%s\n' "$(shq "$DIR/tls/wrong-root.crt")"
        printf 'export HOCBASO_TEST_PG_SOCKET_DIR=%s\n' "$(shq "$DIR/socket")"
        printf 'export HOCBASO_PG_DIR=%s\n' "$(shq "$DIR")"
        if [[ -n $read_port ]]; then
            printf 'export HOCBASO_TEST_PG_READ=%s\n' "$(shq "$read_conninfo sslmode=require")"
            printf 'export HOCBASO_TEST_PG_READ_PORT=%s\n' "$(shq "$read_port")"
        fi
    } >"$DIR/env.tmp"
    chmod 0600 "$DIR/env.tmp"
    mv -f "$DIR/env.tmp" "$DIR/env"

    START_OK=1
    trap - EXIT
    say "ready: 127.0.0.1:$port${read_port:+, replica 127.0.0.1:$read_port}, TLS on (root CA $DIR/tls/root.crt); stop with: $0 stop"
    print_env "$DIR"
}

# --- stop --------------------------------------------------------------------------------------
cmd_stop() {
    local dir
    dir=$(current_dir || true)
    if [[ -z $dir ]]; then
        say "no test cluster recorded (nothing to stop)"
        return 0
    fi
    if [[ ! -e $dir ]]; then
        say "$dir is already gone"
    elif [[ -d $dir && -z $(ls -A -- "$dir") ]]; then
        rmdir -- "$dir"
    elif ! is_cluster_dir "$dir"; then
        die "$dir is not a test cluster folder (no $MARKER); not touching it"
    else
        # The replica first: stopped after its primary it would keep trying to reconnect.
        stop_replica "$dir"
        if [[ -f $dir/data/postmaster.pid ]]; then
            say "stopping the test cluster in $dir"
            (cd "$dir" && as_cluster "$PGBIN/pg_ctl" -D "$dir/data" stop -m fast -w -t 60 >/dev/null) \
                || (cd "$dir" && as_cluster "$PGBIN/pg_ctl" -D "$dir/data" stop -m immediate -w -t 30 >/dev/null) \
                || say "warning: pg_ctl stop failed"
        fi
        rm -rf -- "$dir"
    fi
    if [[ -f $STATE_FILE && $(head -n1 "$STATE_FILE") == "$dir" ]]; then
        rm -f "$STATE_FILE"
    fi
}

cmd_env() {
    local dir
    dir=$(current_dir || true)
    is_cluster_dir "$dir" || die "no test cluster found (run: $0 start)"
    is_running "$dir" || die "the test cluster in $dir is not running"
    print_env "$dir"
}

cmd_status() {
    local dir
    dir=$(current_dir || true)
    if is_cluster_dir "$dir" && is_running "$dir"; then
        say "running in $dir"
    else
        say "not running"
        return 3
    fi
}

case "${1:-}" in
    start) shift; cmd_start "$@" ;;
    stop) cmd_stop ;;
    env) cmd_env ;;
    status) cmd_status ;;
    -h | --help | help) usage ;;
    *) usage; exit 2 ;;
esac
