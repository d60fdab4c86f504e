#!/usr/bin/env bash
# Production's shape on this machine: nginx (deploy/nginx/avesta.conf, rendered with local ports and paths)
# in front of two gunicorn app servers on two ports, sharing one PostgreSQL database and two Redis servers
# (the page cache's, which evicts, and the limits', which never does: deploy/redis/), plus the task worker. Production settings throughout (DEBUG off, HTTPS with a self-signed certificate, "__Host-"
# Secure cookies, the client address from X-Forwarded-For trusted from loopback only).
#
#   deploy/local-stack.sh start        # prints the URL; state, logs and pids in $AVESTA_STACK_DIR (.stack/)
#   deploy/local-stack.sh stop         # stops every process by its recorded pid, drops the database
#   deploy/local-stack.sh app-stop a   # stops one app server (a or b) gracefully, as for a restart
#   deploy/local-stack.sh app-start a  # starts it again on its port
#   deploy/local-stack.sh manage ARGS  # manage.py with the stack's settings, e.g. `manage shell`
#
# Needs: nginx, openssl, PostgreSQL on 127.0.0.1:5432 (user postgres, trust), redis-server (the stack starts
# its own two, from deploy/redis/ with local ports and folders).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN=${AVESTA_STACK_DIR:-$ROOT/.stack}
PYTHON=${AVESTA_PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=$(command -v python3)
NGINX=${NGINX:-/usr/sbin/nginx}
# The production settings, whatever the caller had (pytest sets its own).
export DJANGO_SETTINGS_MODULE=avesta.settings

die() { echo "local-stack: $*" >&2; exit 1; }

free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Waits until a TCP port accepts (or the process died, or 20 s passed).
wait_for_port() {
  local port=$1 pid=$2
  for _ in $(seq 200); do
    kill -0 "$pid" 2>/dev/null || return 1
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

load_env() {
  [ -f "$RUN/stack.env" ] || die "no stack in $RUN (run: $0 start)"
  set -a
  # shellcheck disable=SC1091
  . "$RUN/stack.env"
  set +a
}

manage() { (cd "$ROOT" && "$PYTHON" manage.py "$@"); }

start_app() {
  local name=$1 port
  port=$([ "$name" = a ] && echo "$STACK_APP_A_PORT" || echo "$STACK_APP_B_PORT")
  [ -f "$RUN/gunicorn-$name.pid" ] && kill -0 "$(cat "$RUN/gunicorn-$name.pid")" 2>/dev/null && die "app server $name is running"
  # Two workers of two threads each: enough to show two app servers; production takes gunicorn.conf.py's.
  (cd "$ROOT" && GUNICORN_BIND=127.0.0.1:$port GUNICORN_WORKERS=2 GUNICORN_THREADS=2 GUNICORN_ACCESS_LOG=- \
    exec "$PYTHON" -m gunicorn avesta.wsgi) >>"$RUN/log/gunicorn-$name.log" 2>&1 &
  echo $! >"$RUN/gunicorn-$name.pid"
  wait_for_port "$port" "$!" || die "app server $name did not start (see $RUN/log/gunicorn-$name.log)"
}

# A Redis of the stack's own from a production file in deploy/redis/ (its memory ceiling and eviction policy),
# with this stack's port, folder and logs, in the foreground of its own process (its pid is the one recorded).
start_redis() {
  local name=$1 port=$2
  mkdir -p "$RUN/redis-$name"
  redis-server "$ROOT/deploy/redis/avesta-$name.conf" --port "$port" --bind 127.0.0.1 --daemonize no \
    --dir "$RUN/redis-$name" --pidfile "$RUN/redis-$name/redis.pid" --logfile "$RUN/log/redis-$name.log" \
    --save "" --appendonly no >/dev/null 2>&1 &
  echo $! >"$RUN/redis-$name.pid"
  wait_for_port "$port" "$!" || die "Redis ($name) did not start (see $RUN/log/redis-$name.log)"
}

# Stops the processes whose pid files are given: TERM to all at once (gunicorn finishes its requests, the
# worker its task), then a wait of up to 10 s each, then KILL.
stop_pids() {
  local file pid pids=()
  for file in "$@"; do
    [ -f "$file" ] || continue
    pid=$(cat "$file")
    kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
    rm -f "$file"
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  done
  return 0
}

render_nginx() {
  mkdir -p "$RUN/nginx/temp"
  # The production site with local ports and paths; every location rule is the production one.
  sed -e "s|listen 80;|listen 127.0.0.1:$STACK_HTTP_PORT;|" \
      -e "s|listen 443 ssl http2;|listen 127.0.0.1:$STACK_HTTPS_PORT ssl http2;|" \
      -e '/listen \[::\]/d' \
      -e "s|server_name clinic.example www.clinic.example;|server_name 127.0.0.1 localhost;|" \
      -e "s|return 301 https://\$host\$request_uri;|return 301 https://\$host:$STACK_HTTPS_PORT\$request_uri;|" \
      -e "s|/etc/letsencrypt/live/clinic.example/|$RUN/tls/|g" \
      -e "s|/srv/avesta/app/|$ROOT/|g" \
      -e "s|/srv/avesta/|$RUN/|g" \
      -e "s|/var/log/nginx/|$RUN/log/|g" \
      -e "s|/var/www/letsencrypt|$RUN/acme|" \
      -e "s|server 127.0.0.1:8001 |server 127.0.0.1:$STACK_APP_A_PORT |" \
      -e "s|server 127.0.0.1:8002 |server 127.0.0.1:$STACK_APP_B_PORT |" \
      -e "s|ssl_session_cache shared:avesta_tls:10m;|ssl_session_cache shared:avesta_tls_$STACK_ID:1m;|" \
      "$ROOT/deploy/nginx/avesta.conf" >"$RUN/nginx/avesta.conf"
  # What Debian's /etc/nginx/nginx.conf gives a site, with this stack's own pid, logs and temp files.
  # Started as root, nginx's workers would run as "nobody", who cannot read page files under a private run
  # folder (pytest's are 0700): here they run as whoever started the stack, as the app servers do.
  local user_line=""
  [ "$(id -u)" = 0 ] && user_line="user root root;"
  cat >"$RUN/nginx/nginx.conf" <<NGINX
$user_line
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/log/nginx-error.log warn;
events { worker_connections 1024; }
http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path $RUN/nginx/temp/body;
    proxy_temp_path $RUN/nginx/temp/proxy;
    fastcgi_temp_path $RUN/nginx/temp/fastcgi;
    uwsgi_temp_path $RUN/nginx/temp/uwsgi;
    scgi_temp_path $RUN/nginx/temp/scgi;
    include $RUN/nginx/avesta.conf;
}
NGINX
}

start() {
  [ -f "$RUN/stack.env" ] && die "a stack is already set up in $RUN (run: $0 stop)"
  command -v "$NGINX" >/dev/null || die "nginx not found ($NGINX)"
  pg_isready -h 127.0.0.1 -p 5432 -q || die "PostgreSQL does not answer on 127.0.0.1:5432"
  command -v redis-server >/dev/null || die "redis-server not found"
  mkdir -p "$RUN/log" "$RUN/tls" "$RUN/media" "$RUN/acme"
  local id
  id=$(date +%s)_$$
  # The database and the two Redis servers are this stack's own, so a stack next to the test suite or
  # another engineer's stack touches nothing of theirs.
  cat >"$RUN/stack.env" <<ENV
STACK_ID=$id
STACK_DB=avesta_stack_$id
STACK_APP_A_PORT=$(free_port)
STACK_APP_B_PORT=$(free_port)
STACK_HTTP_PORT=$(free_port)
STACK_HTTPS_PORT=$(free_port)
STACK_PAGES_REDIS_PORT=$(free_port)
STACK_LIMITS_REDIS_PORT=$(free_port)
ENV
  load_env
  cat >>"$RUN/stack.env" <<ENV
AVESTA_STACK_URL=https://127.0.0.1:$STACK_HTTPS_PORT
DEBUG=false
SECRET_KEY=$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))')
ALLOWED_HOSTS=127.0.0.1,localhost
SITE_URL=https://127.0.0.1:$STACK_HTTPS_PORT
CSRF_TRUSTED_ORIGINS=https://127.0.0.1:$STACK_HTTPS_PORT,https://localhost:$STACK_HTTPS_PORT
DATABASE_URL=postgres://postgres@127.0.0.1:5432/$STACK_DB
CONN_MAX_AGE=60
CACHE_URL=redis://127.0.0.1:$STACK_LIMITS_REDIS_PORT/0
PAGE_CACHE_URL=redis://127.0.0.1:$STACK_PAGES_REDIS_PORT/0
EMAIL_URL=consolemail://
STATIC_ROOT=$RUN/static
MEDIA_ROOT=$RUN/media
SERVE_MEDIA=false
SECURE_PROXY_SSL_HEADER_ENABLED=true
CLIENT_IP_META_KEY=HTTP_X_FORWARDED_FOR
TRUSTED_PROXIES=127.0.0.1/32
SECURE_HSTS_SECONDS=0
PAGE_FILES_ROOT=$RUN/page-files
ENV
  # CSRF_TRUSTED_ORIGINS: nginx passes the Host without its port ($host), as it must on 443; the form's
  # Origin carries this stack's port. SECURE_HSTS_SECONDS=0: a browser must not remember HTTPS-only for
  # this machine's names.
  load_env
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$RUN/tls/privkey.pem" -out "$RUN/tls/fullchain.pem" 2>/dev/null
  start_redis pages "$STACK_PAGES_REDIS_PORT"
  start_redis limits "$STACK_LIMITS_REDIS_PORT"
  createdb -h 127.0.0.1 -U postgres "$STACK_DB"
  manage migrate --noinput >"$RUN/log/setup.log"
  manage load_demo_content >>"$RUN/log/setup.log"
  manage collectstatic --noinput >>"$RUN/log/setup.log"
  manage write_proxy_error_page "$RUN/errors/50x.html" >>"$RUN/log/setup.log"
  manage write_page_file_headers "$RUN/nginx/page-file-headers.conf" >>"$RUN/log/setup.log"

  start_app a
  start_app b
  (cd "$ROOT" && exec "$PYTHON" manage.py db_worker) >>"$RUN/log/worker.log" 2>&1 &
  echo $! >"$RUN/worker.pid"

  render_nginx
  "$NGINX" -t -q -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf"
  # In the foreground of its own process (not daemonized), so that its pid is the one recorded here.
  "$NGINX" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g "daemon off;" >>"$RUN/log/nginx.log" 2>&1 &
  echo $! >"$RUN/nginx.pid"
  wait_for_port "$STACK_HTTPS_PORT" "$!" || die "nginx did not start (see $RUN/log/nginx-error.log)"

  echo "Avesta stack up: $AVESTA_STACK_URL (self-signed certificate; app servers on :$STACK_APP_A_PORT and"
  echo ":$STACK_APP_B_PORT, database $STACK_DB, Redis on :$STACK_PAGES_REDIS_PORT (pages) and :$STACK_LIMITS_REDIS_PORT"
  echo "(limits), state and logs in $RUN). Stop it: $0 stop"
}

stop() {
  [ -f "$RUN/stack.env" ] || { echo "local-stack: nothing to stop in $RUN"; return 0; }
  load_env
  stop_pids "$RUN/nginx.pid" "$RUN/worker.pid" "$RUN/gunicorn-a.pid" "$RUN/gunicorn-b.pid"
  stop_pids "$RUN/redis-pages.pid" "$RUN/redis-limits.pid"  # after the app servers, which use them
  dropdb -h 127.0.0.1 -U postgres --if-exists "$STACK_DB"
  rm -rf "$RUN"
  echo "Avesta stack stopped."
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  app-stop) [[ "${2:-}" =~ ^[ab]$ ]] || die "which app server: a or b"; load_env; stop_pids "$RUN/gunicorn-$2.pid" ;;
  app-start) [[ "${2:-}" =~ ^[ab]$ ]] || die "which app server: a or b"; load_env; start_app "$2" ;;
  manage) shift; load_env; manage "$@" ;;
  *) die "usage: $0 start | stop | app-stop a|b | app-start a|b | manage ARGS" ;;
esac
