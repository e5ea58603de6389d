#!/usr/bin/env bash
# CUPS for the printing tests: a private cupsd in a temporary folder with a raw queue that
# forwards to a local socket listener.
#
#   cups-setup.sh install            install cups, cups-client, cups-bsd when missing (root, apt)
#   cups-setup.sh start DIR PORT     start cupsd under DIR (Unix socket DIR/cups.sock) with a raw
#                                    queue "tote-test" -> socket://127.0.0.1:PORT; prints the
#                                    server for `lp -h`
#   cups-setup.sh stop DIR           stop that cupsd
set -euo pipefail

cmd="${1:-install}"

case "$cmd" in
install)
    if command -v cupsd >/dev/null && command -v lp >/dev/null && command -v lpadmin >/dev/null; then
        exit 0
    fi
    if [ "$(id -u)" != 0 ]; then
        echo "cups-setup.sh: cups is missing and this is not root; run: sudo apt-get install -y cups cups-client cups-bsd" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends cups cups-client cups-bsd >/dev/null
    # The package may start the system cupsd; the tests use their own, so that one is left alone.
    ;;
start)
    dir="${2:?start needs DIR}"
    port="${3:?start needs PORT}"
    sbin="$(command -v cupsd || echo /usr/sbin/cupsd)"
    mkdir -p "$dir"/{spool,cache,state,log,tmp,ppd}
    chmod 0755 "$dir" "$dir"/*
    chmod 1777 "$dir/tmp" "$dir/spool"
    cat >"$dir/cupsd.conf" <<CONF
Listen $dir/cups.sock
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
    cat >"$dir/cups-files.conf" <<CONF
ServerRoot $dir
RequestRoot $dir/spool
CacheDir $dir/cache
StateDir $dir/state
TempDir $dir/tmp
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
Sandboxing Relaxed
FileDevice No
CONF
    "$sbin" -f -c "$dir/cupsd.conf" -s "$dir/cups-files.conf" >"$dir/log/stdout" 2>&1 &
    echo $! >"$dir/cupsd.pid"
    for _ in $(seq 1 100); do
        if lpstat -h "$dir/cups.sock" -r 2>/dev/null | grep -q "is running"; then break; fi
        sleep 0.1
    done
    lpadmin -h "$dir/cups.sock" -p tote-test -E -v "socket://127.0.0.1:$port" -m raw 2>/dev/null \
        || lpadmin -h "$dir/cups.sock" -p tote-test -E -v "socket://127.0.0.1:$port"
    cupsenable -h "$dir/cups.sock" tote-test 2>/dev/null || true
    cupsaccept -h "$dir/cups.sock" tote-test 2>/dev/null || true
    echo "$dir/cups.sock"
    ;;
stop)
    dir="${2:?stop needs DIR}"
    if [ -f "$dir/cupsd.pid" ]; then kill "$(cat "$dir/cupsd.pid")" 2>/dev/null || true; fi
    ;;
*)
    echo "usage: cups-setup.sh install | start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
