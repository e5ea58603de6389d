#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store tests that run on the PostgreSQL engine.
#
#   postgres-cluster.sh install          installs PostgreSQL (apt) when initdb is missing
#   postgres-cluster.sh start DIR PORT   creates and starts a cluster under DIR (which must not
#                                        hold one yet), listening on 127.0.0.1:PORT only, and
#                                        prints its URL: postgres://tote@127.0.0.1:PORT/tote
#   postgres-cluster.sh stop DIR         stops that cluster (fast mode) and removes DIR
#   postgres-cluster.sh halt DIR         stops the server but keeps the cluster (a network drop,
#                                        as a station sees it: connections reset, then refused)
#   postgres-cluster.sh resume DIR       starts a halted cluster again on its port
#
# The cluster has a database `tote` owned by the superuser and a login role `tote` (password
# `tote-ci`, scram-sha-256 over TCP) that may create schemas in it and tables in `public`. Local
# socket connections (socket in DIR/run) are trusted, so the script itself needs no password.
# Durability is off (fsync, synchronous_commit, full_page_writes): a test cluster is thrown away.
# Locale C with UTF-8: text sorts by bytes and upper() folds ASCII only, as SQLite does.
#
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user
# (created when missing) and DIR is handed to that user. Only the URL goes to stdout.
# Exit status 3 from `start` means PORT is already taken (the caller may retry another port).
set -euo pipefail

role=tote
password=tote-ci
database=tote
marker=.tote-postgres-cluster   # stop only removes a folder this script made

die() { echo "postgres-cluster: $*" >&2; exit 1; }
usage() { die "usage: $0 install | start DIR PORT | stop DIR | halt DIR | resume DIR"; }

# The directory holding initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin (Debian keeps the
# binaries there, and the /usr/local/bin symlinks may be missing on CI), else pg_config's, else
# whatever is on PATH.
find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4,4n | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Runs a command as the user who owns the cluster: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" != 0 ]; then "$@"; return; fi
  if command -v runuser >/dev/null 2>&1; then
    runuser -u "$owner" -- "$@"
  else
    # su needs one shell command line: quote every argument.
    su -s /bin/sh "$owner" -c "$(printf '%q ' "$@")"
  fi
}

# As root, the server's user: `postgres`, created as a system user when the system has none.
choose_owner() {
  if [ "$(id -u)" != 0 ]; then owner=$(id -un); return; fi
  owner=postgres
  if ! getent passwd "$owner" >/dev/null; then
    echo "postgres-cluster: creating system user $owner" >&2
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "$owner" >&2
  fi
}

cmd_install() {
  if find_bindir >/dev/null; then return 0; fi
  echo "postgres-cluster: installing PostgreSQL" >&2
  # Debian's postgresql-common would create and start a default cluster (`main`, port 5432):
  # a drop-in turns the creation off, and a temporary policy-rc.d (only when none exists)
  # stops invoke-rc.d from starting services during the install.
  as_root mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/tote-ci.conf >/dev/null
  local policy=/usr/sbin/policy-rc.d added_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
    added_policy=1
  fi
  local status=0
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql || status=$?
  if [ "$added_policy" = 1 ]; then as_root rm -f "$policy"; fi
  [ "$status" = 0 ] || die "apt-get install postgresql failed (status $status)"
  # An older postgresql-common ignores the drop-in: stop any default cluster it started anyway.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters --no-header 2>/dev/null | while read -r version name port state _; do
      if [ "$state" = online ]; then as_root pg_ctlcluster "$version" "$name" stop || true; fi
    done
  fi
  find_bindir >/dev/null || die "PostgreSQL installed, but no initdb found under /usr/lib/postgresql/*/bin or on PATH"
}

cmd_start() {
  local dir=$1 port=$2
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] \
    || die "PORT must be a number from 1024 to 65535, not '$port'"
  local bindir
  bindir=$(find_bindir) || die "no PostgreSQL found (initdb); run: $0 install"
  # Refuse a taken port before doing any work, so a caller can retry quickly.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "postgres-cluster: port $port on 127.0.0.1 is already in use" >&2
    exit 3
  fi
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    die "$dir is not empty; give a new or empty folder (stop an old cluster with: $0 stop $dir)"
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  # The server's socket path must fit in sun_path (107 bytes).
  [ ${#dir} -le 80 ] || die "$dir is too long for a socket path; use a shorter folder"
  choose_owner
  touch "$dir/$marker"
  mkdir -p "$dir/run"
  if [ "$(id -u)" = 0 ]; then
    chown -R "$owner:" "$dir"
    as_owner test -x "$dir" || die "user $owner cannot reach $dir (a parent folder is closed to it); use a folder under /tmp"
  fi

  local locale=(--locale=C --encoding=UTF8)
  if ! as_owner "$bindir/initdb" -D "$dir/data" -U postgres "${locale[@]}" \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    die "initdb failed in $dir/data"
  fi
  # Our settings go last, so they win over initdb's defaults.
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF

# postgres-cluster.sh: a throw-away test cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/run'
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
CONF
  if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null; then
    tail -n 20 "$dir/postgres.log" >&2 || true
    if grep -q "already in use" "$dir/postgres.log" 2>/dev/null; then
      # Another process took the port after the check above: empty DIR so a retry can use it.
      find "$dir" -mindepth 1 -delete
      echo "postgres-cluster: port $port on 127.0.0.1 is already in use" >&2
      exit 3
    fi
    die "the server in $dir/data did not start (log: $dir/postgres.log)"
  fi
  # The role and database, over the trusted socket as the superuser.
  as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/run" -p "$port" -U postgres -d postgres >&2 <<SQL
CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER postgres;
GRANT ALL PRIVILEGES ON DATABASE $database TO $role;
\connect $database
GRANT ALL ON SCHEMA public TO $role;
SQL
  echo "postgres://$role@127.0.0.1:$port/$database"
}

cmd_stop() {
  local dir=$1
  [ -d "$dir" ] || { echo "postgres-cluster: $dir does not exist; nothing to stop" >&2; return 0; }
  # A start that failed before making anything leaves the caller's empty folder.
  if [ -z "$(ls -A "$dir")" ]; then rmdir "$dir"; return 0; fi
  [ -e "$dir/$marker" ] || die "$dir was not made by this script; not touching it"
  if [ -f "$dir/data/postmaster.pid" ]; then
    local bindir
    bindir=$(find_bindir) || die "no PostgreSQL found (pg_ctl) to stop $dir/data"
    # Stop as whoever owns the data folder (postgres when we started it as root).
    if [ "$(id -u)" = 0 ]; then owner=$(stat -c %U "$dir/data"); fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null \
      || echo "postgres-cluster: pg_ctl stop failed for $dir/data; removing it anyway" >&2
  fi
  rm -rf "$dir"
}

# halt / resume: pg_ctl on an existing cluster, as the user who owns its data folder.
cmd_pg_ctl() {
  local dir=$1 action=$2 bindir
  [ -e "$dir/$marker" ] || die "$dir is not a cluster this script made"
  bindir=$(find_bindir) || die "no PostgreSQL found (pg_ctl)"
  if [ "$(id -u)" = 0 ]; then owner=$(stat -c %U "$dir/data"); fi
  case "$action" in
    halt) as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null ;;
    resume) as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null ;;
  esac
}

case "${1:-}" in
  install) [ $# = 1 ] || usage; cmd_install ;;
  start) [ $# = 3 ] || usage; cmd_start "$2" "$3" ;;
  stop) [ $# = 2 ] || usage; cmd_stop "$2" ;;
  halt) [ $# = 2 ] || usage; cmd_pg_ctl "$2" halt ;;
  resume) [ $# = 2 ] || usage; cmd_pg_ctl "$2" resume ;;
  *) usage ;;
esac
