"""gunicorn's settings, read from here whenever gunicorn starts in this folder (`gunicorn avesta.wsgi`).

Access log lines name the path only. A query string can hold what a patient or staff typed (the
admin's search `?q=`, the blog's `?q=`, a filter on a name), and the Referer header is the previous
page's full address, query string included: neither is written. Turn the log on with
`--access-logfile -` (or `accesslog` below); the proxy in front must log the same way (docs/operations.md).

Every number can be set from the environment (GUNICORN_*), e.g. in /etc/avesta/avesta.env.
"""

import multiprocessing
import os


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        # A typo must stop start-up, not quietly run one worker.
        raise ValueError(f"{name} must be a whole number above 0, not {value!r}")
    return int(value)


# The address to listen on: one app server per port behind nginx (deploy/systemd/avesta-gunicorn@.service
# sets it from the instance name). Loopback only: nothing but the proxy may reach gunicorn.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Processes: gunicorn's 2 × cores + 1, capped at 12 because each one holds a database connection (and with
# threads, up to `threads` of them): 12 × 4 stays well below PostgreSQL's default max_connections of 100
# with two app servers and the task worker.
workers = _env_int("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 12))
# gthread: a request waiting on the database or Redis does not hold the whole process, and kept-alive
# connections from nginx do not tie up a worker (sync workers close every connection, PITFALLS.md).
worker_class = "gthread"
threads = _env_int("GUNICORN_THREADS", 4)

# A request that takes longer than this is killed and logged (the worker is restarted): no page of ours
# takes more than a second, so 30 s means something is stuck. nginx's proxy_read_timeout is a little longer.
timeout = _env_int("GUNICORN_TIMEOUT", 30)
# On restart or stop (systemd's SIGTERM), requests in flight get this long to finish.
graceful_timeout = _env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Idle connections from nginx's upstream pool stay open this long: longer than nginx's own keepalive_timeout
# there (60 s), so that nginx always closes first and never sends a request on a connection gunicorn has
# just closed (a POST would then get a 502, since nginx does not retry it).
keepalive = _env_int("GUNICORN_KEEPALIVE", 75)

# Only the proxy's X-Forwarded-Proto/-For is believed (TRUSTED_PROXIES does the same for Django's client
# address); nginx runs on the same machine, so loopback. Never "*": then anyone could claim HTTPS.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# The workers' heartbeat files: /tmp may be on a disk that stalls under load (and a heartbeat stalled
# longer than `timeout` kills a healthy worker); /dev/shm is memory.
worker_tmp_dir = "/dev/shm"

# gunicorn 25+'s control socket (gunicornc) lives at one path in the user's home by default, which two
# instances on one machine would share, and which ProtectHome= hides; systemd restarts them instead.
control_socket_disable = True

# A worker is replaced after this many requests (with jitter, so not all at once): bounds slow leaks.
max_requests = _env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = 200

# Logs to stderr, where systemd's journal keeps them; the access log only when asked (GUNICORN_ACCESS_LOG=-).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"

# Client address, time, "method path protocol", status, bytes, time taken (µs), user agent.
# %(U)s is the path without the query string; %(r)s (the request line) and %(f)s (Referer) are left out.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(D)s "%(a)s"'
