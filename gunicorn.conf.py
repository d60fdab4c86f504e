"""gunicorn's settings, read from here whenever gunicorn starts in this folder (`gunicorn avesta.wsgi`).

Access log lines name the path only. A query string can hold what a patient or staff typed (the
admin's search `?q=`, the blog's `?q=`, a filter on a name), and the Referer header is the previous
page's full address, query string included: neither is written. Turn the log on with
`--access-logfile -` (or `accesslog` below); the proxy in front must log the same way (README).
"""

# Client address, time, "method path protocol", status, bytes, time taken (µs), user agent.
# %(U)s is the path without the query string; %(r)s (the request line) and %(f)s (Referer) are left out.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(D)s "%(a)s"'
