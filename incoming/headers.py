"""The security headers, on every response: pages, files, redirects and errors alike."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

# Features the site never uses, refused to its pages and to anything they could embed.
# Only names Chromium knows: an unknown one is a console error on every page.
DENIED_FEATURES = (
    "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen", "geolocation",
    "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi", "payment", "picture-in-picture",
    "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
)  # fmt: skip
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)
# The reporting group named by the CSP's report-to directive.
CSP_REPORT_GROUP = "csp"


class SecurityHeadersMiddleware(CSPMiddleware):
    """The CSP (django-csp) and the headers Django does not send, first in MIDDLEWARE.

    Placed first, it also covers the responses that other middleware answers before any view
    runs (the NUL guard's 400, a bad Host header's 400), which an inner CSP middleware never
    sees. What SecurityMiddleware and XFrameOptionsMiddleware normally send is added too when
    such an early answer went past them, never overriding what they or a view chose.
    """

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        response = super().process_response(request, response)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Reporting-Endpoints", f'{CSP_REPORT_GROUP}="{settings.CSP_REPORT_PATH}"')
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY)
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        return response
