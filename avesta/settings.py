"""Settings for Avesta, read from the environment.

Every variable is documented in `.env.example`. With nothing set and DEBUG on, the
site runs on SQLite with console email (the embedded default); with DEBUG off it
refuses to start without a SECRET_KEY and an explicit ALLOWED_HOSTS.
"""

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import environ
from django.contrib.messages import constants as message_constants
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def env_bool(name: str, default: bool) -> bool:
    """A yes/no variable; anything but a clear yes or no stops start-up (a typo must not weaken security)."""
    value = env.str(name, default=str(default)).strip().lower()
    if value not in TRUE_WORDS | FALSE_WORDS:
        raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")
    return value in TRUE_WORDS


DEBUG = env_bool("DEBUG", default=False)

if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="insecure-key-for-local-development-only")
else:
    try:
        SECRET_KEY = env.str("SECRET_KEY")
    except ImproperlyConfigured as error:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.") from error

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# In their real order. The admin's AppConfig is staff_signin's: an admin site that asks for the second factor.
INSTALLED_APPS = [
    "staff_signin.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "phonenumber_field",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "incoming",
    "blog",
    "pages",
    "page_cache",
    "appointments",
    "insights",
    "frontdesk",
    "demo",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "staff_signin",
]

# In their real order, outermost first.
MIDDLEWARE = [
    # Security headers (CSP, Permissions-Policy...) on every response, the 400s answered below included; it
    # replaces django-csp's own middleware.
    "incoming.headers.SecurityHeadersMiddleware",
    # HTML compressed (WhiteNoise serves static files compressed already); random bytes against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "incoming.middleware.RejectNulCharactersMiddleware",
    "incoming.request_address.RememberAddressMiddleware",
    # Cached pages are answered here, before the middleware that has nothing to do for them (page_cache/).
    "page_cache.middleware.CachedPagesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check reads the body: a body that cannot be decoded is a 400, not a 500.
    "incoming.middleware.RejectUndecodableBodyMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the messages middleware: a timed-out staff session is told why on the login page.
    "staff_signin.sessions.StaffSessionTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: an admin query string or action id holding a value the database cannot take answers 400.
    "incoming.middleware.StaffQueryErrorsMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
]


ROOT_URLCONF = "avesta.urls"
WSGI_APPLICATION = "avesta.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.clinic",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)

# Shared cache: Redis in production (CACHE_URL=redis://...), so that rate limits, the sign-in throttle and
# reading counters hold across several app servers. It must never evict (deploy/redis/avesta-limits.conf):
# an eviction would reset a limit. Local memory only on a laptop.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Cached pages and fragments (page_cache/store.py): anyone can make them, so in production a Redis of their
# own with a memory ceiling that evicts the least recently used (deploy/redis/avesta-pages.conf). Without
# PAGE_CACHE_URL, the same cache as CACHE_URL (on a laptop, the same local memory).
CACHES["pages"] = env.cache("PAGE_CACHE_URL", default=env.str("CACHE_URL", default="locmemcache://"))


# Page fragments (header, footer, an article's body) in the pages' cache, but one whose failures are misses:
# while Redis does not answer, pages and the form are still served, only rendered in full.
def fragments_cache(pages: dict) -> dict:
    if pages["BACKEND"] != "django_redis.cache.RedisCache":
        return pages
    return {**pages, "OPTIONS": {**pages.get("OPTIONS", {}), "IGNORE_EXCEPTIONS": True}}


CACHES["fragments"] = fragments_cache(CACHES["pages"])
# Anonymous public pages are kept in that cache (page_cache/) at most this long, and never past a save
# of what they show or the next scheduled article's time.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Optional: also written as files under this folder for the proxy to serve (page_cache/files.py). [off]
PAGE_FILES_ROOT = env.str("PAGE_FILES_ROOT", default="")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.str("TIME_ZONE", default="America/Phoenix")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Off when a proxy serves MEDIA_ROOT at MEDIA_URL itself (recommended in production).
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Mail: one URL, e.g. smtp+tls://user:password@smtp.example.com:587
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_HOST = EMAIL_CONFIG.get("EMAIL_HOST", "localhost")
EMAIL_PORT = EMAIL_CONFIG.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = EMAIL_CONFIG.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = EMAIL_CONFIG.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = EMAIL_CONFIG.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = EMAIL_CONFIG.get("EMAIL_USE_SSL", False)
# Django waits forever on a silent mail server unless told otherwise.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Avesta <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Text messages: replies to patients who chose text and agreed to texts (docs/sms.md). One URL, as for mail:
# twilio://ACCOUNT_SID:AUTH_TOKEN@api.twilio.com/?from=%2B14805550143, console:// (printed), locmem:// (kept in
# memory), or off:// (replies go by email). Off by default in production: printed texts would put patients'
# numbers in the logs. See appointments/sms/.
SMS_BACKENDS = {
    "off": "",
    "console": "appointments.sms.console.ConsoleSmsSender",
    "locmem": "appointments.sms.locmem.LocmemSmsSender",
    "twilio": "appointments.sms.twilio.TwilioSmsSender",
}
# Seconds before giving up on a silent text provider (the attempt is then retried like an email's).
SMS_TIMEOUT = env.int("SMS_TIMEOUT", default=10)


def sms_backend(url: str) -> tuple[str, dict[str, str | float]]:
    """SMS_URL as a backend's dotted path and its options; a URL that cannot send stops start-up."""
    parts = urlsplit(url)
    if parts.scheme not in SMS_BACKENDS:
        raise ImproperlyConfigured(f"SMS_URL must start with one of {', '.join(SMS_BACKENDS)}:// (see docs/sms.md).")
    if parts.scheme != "twilio":
        return SMS_BACKENDS[parts.scheme], {}
    # A literal + in ?from=+1480… is the number's, not a space.
    query = {name: values[-1] for name, values in parse_qs(parts.query.replace("+", "%2B")).items()}
    if not (parts.username and parts.password and (query.get("from") or query.get("messaging_service_sid"))):
        raise ImproperlyConfigured(
            "SMS_URL for Twilio needs the account and token, and a number to send from: "
            "twilio://ACCOUNT_SID:AUTH_TOKEN@api.twilio.com/?from=%2B14805550143"
        )
    username = unquote(parts.username)
    options: dict[str, str | float] = {
        # With ?account=AC…, the name and password are an API key's (SK…) and its secret.
        "account_sid": query.get("account", username),
        "api_key_sid": username if "account" in query else "",
        "auth_token": unquote(parts.password),
        "from_number": query.get("from", ""),
        "messaging_service_sid": query.get("messaging_service_sid", ""),
        "timeout": SMS_TIMEOUT,
    }
    if parts.hostname:
        options["api_url"] = f"https://{parts.netloc.rpartition('@')[2]}"
    return SMS_BACKENDS["twilio"], options


# Not kept as a setting of its own: the URL holds the token, which Django's error reports would show.
SMS_BACKEND, SMS_OPTIONS = sms_backend(env.str("SMS_URL", default="console://" if DEBUG else "off://"))

SITE_NAME = env.str("SITE_NAME", default="Avesta Ketamine & Wellness")
# In page titles when the full name would make them longer than search engines show (60 characters).
SITE_SHORT_NAME = env.str("SITE_SHORT_NAME", default="Avesta")
# Absolute URLs in feeds, emails and canonical links.
SITE_URL = env.url("SITE_URL", default="http://127.0.0.1:8000").geturl().rstrip("/")

# Our alert classes by message level (static/css/site.css: the red one is "danger", as the form's).
MESSAGE_TAGS = {message_constants.ERROR: "danger"}

# crispy-bootstrap5 writes the form's markup; static/css/site.css styles its class names. No Bootstrap
# CSS or JavaScript is shipped (issue 10).
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

PHONENUMBER_DEFAULT_REGION = env.str("PHONENUMBER_DEFAULT_REGION", default="US")

TASKS = {
    "default": {
        "BACKEND": env.str(
            "TASK_BACKEND",
            default="django_tasks.backends.immediate.ImmediateBackend" if DEBUG else "django_tasks_db.DatabaseBackend",
        )
    }
}

# Country whose public holidays close new locations (the `holidays` package's code, e.g. US).
PUBLIC_HOLIDAYS_COUNTRY = env.str("PUBLIC_HOLIDAYS_COUNTRY", default="US")

# Retention (appointments/retention.py, `manage.py purge_requests` daily): closed and not-a-fit requests
# by their last change, spam by when it was marked spam, requests held as a flood and never released
# by when they came (RETENTION_SPAM_DAYS).
RETENTION_CLOSED_DAYS = env.int("RETENTION_CLOSED_DAYS", default=730)
RETENTION_SPAM_DAYS = env.int("RETENTION_SPAM_DAYS", default=30)

# Appointment requests
# Staff emails carry only the reference and an admin link, no health details.
APPOINTMENT_EMAIL_PRIVACY_MODE = env_bool("APPOINTMENT_EMAIL_PRIVACY_MODE", default=True)
# The promise on the thank-you page: a reply within this many business hours of the location.
APPOINTMENT_RESPONSE_TARGET_HOURS = env.int("APPOINTMENT_RESPONSE_TARGET_HOURS", default=4)
# A person needs at least this long to fill in the form; a bot does not.
APPOINTMENT_FORM_MIN_SECONDS = env.int("APPOINTMENT_FORM_MIN_SECONDS", default=3)
APPOINTMENT_FORM_MAX_AGE = 60 * 60 * 24
# Stored requests per client address (in the shared cache, so across all app servers).
APPOINTMENT_RATE_LIMIT = env.str("APPOINTMENT_RATE_LIMIT", default="5/h")
# Behind a proxy, the header that holds the client's address, e.g. HTTP_X_REAL_IP (only if the proxy sets it).
CLIENT_IP_META_KEY = env.str("CLIENT_IP_META_KEY", default="REMOTE_ADDR")
# Seconds between attempts to send a notification; after the last one it is marked failed for good.
NOTIFICATION_RETRY_DELAYS = env.list("NOTIFICATION_RETRY_DELAYS", cast=int, default=[60, 300, 900, 3600, 14400])

# Patients' dead ends and the form's defences (issue 9)
# A connection kept across requests (CONN_MAX_AGE) is checked before use, so that after a
# database restart no worker serves an error on its dead connection.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# The phone number error pages show: they must work while the database (which holds the
# locations) is down, so it comes from here, not from the Location table.
CLINIC_PHONE = env.str("CLINIC_PHONE", default="+14805550142")
# Seconds a patient is asked to wait when the database is down (the 503's Retry-After).
UNAVAILABLE_RETRY_AFTER = env.int("UNAVAILABLE_RETRY_AFTER", default=120)
# Requests stored by everyone together, as count/period: above it they are still stored, but
# held as a suspected flood (no email, listed last) until staff release them.
APPOINTMENT_FLOOD_CEILING = env.str("APPOINTMENT_FLOOD_CEILING", default="30/10m")
# Held requests a day (everyone together): past it a request is not stored at all, and the form
# answers 429 asking the patient to call (a lasting flood would otherwise fill the database).
APPOINTMENT_HELD_DAILY_CEILING = env.int("APPOINTMENT_HELD_DAILY_CEILING", default=1000)
# Addresses of our own proxies (CIDR): CLIENT_IP_META_KEY is read only on requests from these.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=["127.0.0.0/8", "::1/128"])
# A CSRF failure on the request form shows the form again, with what the patient typed.
CSRF_FAILURE_VIEW = "appointments.views.csrf_failure"

if CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache":
    # One process on a laptop or in tests; several app servers must set CACHE_URL to Redis.
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# Staff sign-in (issue 9): a password, then a code from an authenticator app (django-otp) or a
# single-use recovery code; the admin opens only to a session that passed both (staff_signin/).
OTP_TOTP_ISSUER = SITE_NAME
# The device admin never shows an app's secret or QR code: enrolment goes through one-time links only.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Password guessing, per account across all addresses, counted in the shared cache: this many
# free tries, then one try per wait, the wait doubling from the first to the longest.
STAFF_PASSWORD_FREE_TRIES = env.int("STAFF_PASSWORD_FREE_TRIES", default=5)
STAFF_PASSWORD_FIRST_WAIT_SECONDS = env.int("STAFF_PASSWORD_FIRST_WAIT_SECONDS", default=60)
STAFF_PASSWORD_LONGEST_WAIT_SECONDS = env.int("STAFF_PASSWORD_LONGEST_WAIT_SECONDS", default=15 * 60)
# Staff sessions end after this long without a request, and this long after signing in.
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)
STAFF_SESSION_MAX_HOURS = env.int("STAFF_SESSION_MAX_HOURS", default=12)
# Where staff land after signing in when no page was asked for: the front desk's dashboard.
LOGIN_REDIRECT_URL = "frontdesk:dashboard"

# Security headers, CSP and logs (issue 9)
# Every source is named: default-src 'none' refuses whatever a directive does not allow. No inline
# script or style anywhere (incoming/checks.py fails `manage.py check` on 'unsafe-inline' or 'unsafe-eval',
# and on a missing object-src, base-uri, frame-ancestors or form-action, which never fall back).
CSP_REPORT_PATH = "/csp-report/"
# Reports per client address (in the shared cache); a page with a broken script can send many.
CSP_REPORT_RATE_LIMIT = env.str("CSP_REPORT_RATE_LIMIT", default="30/m")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # data: for Bootstrap's and the admin's inline SVG icons
        "font-src": ["'self'"],
        "connect-src": ["'self'"],  # the admin's autocomplete (authors, reviewers)
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "report-uri": [CSP_REPORT_PATH],
        "report-to": ["csp"],  # the Reporting-Endpoints header (incoming/headers.py) names "csp"
    }
}
# incoming.headers.SecurityHeadersMiddleware (first in MIDDLEWARE) writes the policy, with the headers Django
# lacks (Cross-Origin-Resource-Policy, Permissions-Policy).
# "__Host-" cookies are refused by the browser unless Secure, on Path=/ and without a Domain, so no
# subdomain or plain-HTTP page can plant or overwrite them. Only when the cookies are HTTPS-only
# (read as SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE are, below); incoming.E003 checks they agree.
SESSION_COOKIE_NAME = "__Host-sessionid" if env_bool("SESSION_COOKIE_SECURE", default=not DEBUG) else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if env_bool("CSRF_COOKIE_SECURE", default=not DEBUG) else "csrftoken"
# The security log (failed staff logins, CSP reports) has its own handler, added to LOGGING (below) by
# incoming/security_log.py: a file when SECURITY_LOG_FILE is set, otherwise stderr.
SECURITY_LOG_FILE = env.str("SECURITY_LOG_FILE", default="")
LOGGING_CONFIG = "incoming.security_log.configure_logging"

# Security: strict outside local development. Behind a TLS-terminating proxy set
# SECURE_PROXY_SSL_HEADER_ENABLED so Django trusts X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# A load balancer may ask each app server directly, over plain HTTP on its private port.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
if env_bool("SECURE_PROXY_SSL_HEADER_ENABLED", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # 4xx lines name only the path; 5xx tracebacks stay (patient text is kept out of
        # exception messages: see appointments/notifications.py).
        "django.request": {"level": "ERROR", "propagate": True},
    },
}
