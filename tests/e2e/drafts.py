"""Reading the e-mail drafts of `mentor agenda --all --mail` in the tests
(test_agenda.sh): each draft parsed with Python's email package, after
checking the RFC 5322 framing mentor promises (CRLF only, lines of 78 bytes
at most)."""
import email
import email.policy
import os


def parse(folder, who):
    raw = open(os.path.join(folder, who + ".eml"), "rb").read()
    assert b"\n" not in raw.replace(b"\r\n", b""), who + ": a bare LF"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 78, (who, line)
    return email.message_from_bytes(raw, policy=email.policy.default)


def text(msg):
    """The plain-text body."""
    return msg.get_body(preferencelist=("plain",)).get_content()
