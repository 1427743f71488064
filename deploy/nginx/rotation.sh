#!/bin/sh
# Takes one app process out of nginx's rotation, or puts it back (docs/deploy.md, rolling upgrade):
#
#   deploy/nginx/rotation.sh out 3001   # nginx sends the process on port 3001 nothing new
#   deploy/nginx/rotation.sh in 3001    # and sends it requests again
#
# "out" marks the process's line in the upstream block "down", reloads nginx, and waits until the
# workers that ran the old configuration have finished their requests. From then on nothing can
# reach the process, so stopping it cuts off no request. (A process that stops while nginx still
# sends to it closes its listener with connections the kernel has already accepted for it; those
# are reset after nginx sent them a request, and nginx does not send a form post twice: the
# person got a 502, about one save in 400 during a restart. Decision 056.)
#
# Settings (the defaults are Debian's nginx with the site as docs/deploy.md installs it):
#   STEADY_NGINX_SITE  the site file         (/etc/nginx/sites-available/steady)
#   STEADY_NGINX       how to run nginx      (nginx; the tests add -p and -c)
#   STEADY_NGINX_PID   the master's pid file (/run/nginx.pid)
#   STEADY_NGINX_WAIT  seconds to wait for the old workers (30)
set -eu

usage() { echo "usage: $0 out|in PORT" >&2; exit 2; }
[ $# -eq 2 ] || usage
direction=$1
port=$2
case $direction in out | in) ;; *) usage ;; esac
case $port in '' | *[!0-9]*) usage ;; esac

site=${STEADY_NGINX_SITE:-/etc/nginx/sites-available/steady}
nginx=${STEADY_NGINX:-nginx}
pidfile=${STEADY_NGINX_PID:-/run/nginx.pid}
wait_seconds=${STEADY_NGINX_WAIT:-30}

# "server 127.0.0.1:3001 max_fails=0;" (and the same line with " down" before the semicolon)
line="^([[:space:]]*server[[:space:]]+[^[:space:];]+:$port([[:space:]][^;]*)?)"
if ! grep -Eq "$line;" "$site"; then
  echo "$0: no \"server …:$port\" line in the upstream block of $site" >&2
  exit 1
fi

before=$(cat "$site")
sed -E -i "s/$line down;/\\1;/" "$site"
if [ "$direction" = out ]; then sed -E -i "s/$line;/\\1 down;/" "$site"; fi

# A configuration nginx refuses is put back as it was, and nothing is reloaded.
# shellcheck disable=SC2086 # STEADY_NGINX is a command with its arguments
if ! $nginx -t -q; then
  printf '%s\n' "$before" >"$site"
  echo "$0: nginx -t refused the change; $site is as it was" >&2
  exit 1
fi

master=$(cat "$pidfile")
old_workers=$(ps -o pid= -o args= --ppid "$master" | awk '/worker process/ { print $1 }')
# shellcheck disable=SC2086
$nginx -s reload

# The old workers leave once their requests are answered; until then one of them may still pick
# the process for a request it is handling.
deadline=$(($(date +%s) + wait_seconds))
for pid in $old_workers; do
  while [ -d "/proc/$pid" ]; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "$0: nginx's old worker $pid still runs after ${wait_seconds} s (a long request?); going on" >&2
      break 2
    fi
    sleep 0.1
  done
done
echo "port $port is $direction of nginx's rotation"
