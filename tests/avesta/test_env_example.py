"""`.env.example` must not trap a newcomer who copies it to `.env`."""

from pathlib import Path

ENV_EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"


def active_lines() -> list[str]:
    return [line for line in ENV_EXAMPLE.read_text().splitlines() if line.strip() and not line.startswith("#")]


def test_copying_the_example_changes_nothing_so_make_run_keeps_the_embedded_default():
    assert active_lines() == []


def test_the_client_address_header_comes_with_a_warning_about_the_proxy():
    text = ENV_EXAMPLE.read_text()
    before_setting = text[: text.index("CLIENT_IP_META_KEY=HTTP_X_REAL_IP")]

    assert "OVERWRITES that header" in before_setting.rsplit("\n\n", 1)[-1]
