"""Texts sent through Twilio's Messages API over HTTPS (the standard library's urllib: no SDK to pin).

Set up with SMS_URL (docs/sms.md). Twilio answers 201 with the message's sid; an error as JSON with its own
code. A 400 is the message itself (a number that cannot get texts, a patient who replied STOP): sending it
again fails the same way. Our credentials or account being wrong (401, 403, 404), too many requests (429), a
slow or failing Twilio (5xx, no answer in SMS_TIMEOUT seconds) are worth trying again on the retry schedule:
the configuration can be put right before the last attempt, as a mail server's can.
"""

import base64
import json
import urllib.error
import urllib.request
from http.client import HTTPException
from urllib.parse import quote, urlencode

from . import PermanentSmsError, TemporarySmsError

API_URL = "https://api.twilio.com"
# Twilio's error codes for a message that can never be delivered to this number, in words for staff.
UNDELIVERABLE = {
    21211: "the phone number is not valid",
    21612: "the text provider cannot reach this number",
    21614: "the number cannot receive texts (a landline?)",
    21610: "the patient replied STOP to our texts",
}
TEMPORARY_STATUSES = {401, 403, 404, 408, 409, 429}


class TwilioSmsSender:
    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        from_number: str = "",
        messaging_service_sid: str = "",
        api_key_sid: str = "",
        api_url: str = API_URL,
        timeout: float = 10,
    ) -> None:
        if not (from_number or messaging_service_sid):
            raise ValueError("A Twilio sender needs a number to send from or a messaging service.")
        self.account_sid = account_sid
        self.from_number = from_number
        self.messaging_service_sid = messaging_service_sid
        # An API key (SK…) signs in instead of the account itself when one is given.
        credentials = f"{api_key_sid or account_sid}:{auth_token}".encode()
        self.authorization = "Basic " + base64.b64encode(credentials).decode()
        self.api_url = api_url.rstrip("/")
        self.timeout = timeout

    def send(self, to: str, body: str) -> str:
        fields = {"To": to, "Body": body}
        if self.messaging_service_sid:
            fields["MessagingServiceSid"] = self.messaging_service_sid
        else:
            fields["From"] = self.from_number
        request = urllib.request.Request(
            f"{self.api_url}/2010-04-01/Accounts/{quote(self.account_sid)}/Messages.json",
            data=urlencode(fields).encode(),
            headers={
                "Authorization": self.authorization,
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            raise refusal(error.code, error_code(error)) from None
        except TimeoutError:
            raise TemporarySmsError("the text provider did not answer in time") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise TemporarySmsError("the text provider did not answer in time") from None
            raise TemporarySmsError(f"could not reach the text provider ({type(error.reason).__name__})") from None
        except (OSError, HTTPException, ValueError) as error:
            raise TemporarySmsError(f"could not reach the text provider ({type(error).__name__})") from None
        sid = answer.get("sid") if isinstance(answer, dict) else None
        if not isinstance(sid, str) or not sid:
            raise TemporarySmsError("the text provider's answer had no message id")
        return sid


def error_code(error: urllib.error.HTTPError) -> int | None:
    """Twilio's own code from an error answer's JSON (its message quotes the number: never kept)."""
    try:
        code = json.loads(error.read() or b"{}").get("code")
    except (ValueError, AttributeError, OSError):
        return None
    return code if isinstance(code, int) else None


def refusal(status: int, code: int | None) -> PermanentSmsError | TemporarySmsError:
    answer = f"{status}{f', code {code}' if code else ''}"
    if status >= 500:
        return TemporarySmsError(f"the text provider failed ({answer})")
    if status in {401, 403, 404}:
        return TemporarySmsError(f"the text provider refused our account ({answer}): check SMS_URL")
    if status in TEMPORARY_STATUSES:
        return TemporarySmsError(f"the text provider asked us to wait ({answer})")
    if code in UNDELIVERABLE:
        return PermanentSmsError(f"{UNDELIVERABLE[code]} ({answer})")
    return PermanentSmsError(f"the text provider refused the message ({answer})")
