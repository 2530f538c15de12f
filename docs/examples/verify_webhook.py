#!/usr/bin/env python3
"""A downstream receiver of Consulate's webhooks: verifies each delivery's signature (Standard
Webhooks: HMAC-SHA256 over "id.timestamp.body" with the endpoint's secret), refuses old or replayed
deliveries, and drops a repeat by its webhook-id. Standard library only.

    WEBHOOK_SECRET=whsec_... python3 verify_webhook.py 9099
    # register http://<this host>:9099/ for your committee (docs/notifications.md)
"""
import base64, hashlib, hmac, json, os, sys, time
from http.server import BaseHTTPRequestHandler, HTTPServer

SECRET = base64.b64decode(os.environ["WEBHOOK_SECRET"].removeprefix("whsec_"))
TOLERANCE = 300  # seconds
seen = set()


def valid(msg_id, timestamp, body, header):
    expected = "v1," + base64.b64encode(
        hmac.new(SECRET, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, candidate) for candidate in header.split(" "))


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        msg_id, ts, sig = (self.headers.get(h, "") for h in ("webhook-id", "webhook-timestamp", "webhook-signature"))
        if not ts.isdigit() or abs(time.time() - int(ts)) > TOLERANCE or not valid(msg_id, ts, body, sig):
            self.send_response(400); self.end_headers(); return
        if msg_id not in seen:  # a retry of a delivery we took already: acknowledge, do nothing
            seen.add(msg_id)
            event = json.loads(body)
            print(event["type"], json.dumps(event["data"]), flush=True)
        self.send_response(204); self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", int(sys.argv[1]) if len(sys.argv) > 1 else 9099), Receiver).serve_forever()
