#!/usr/bin/env python3
"""The journey under load (issue 12), driven by bench/journey: see bench/README.md.

   python3 bench/journey.py [journeys=200] [concurrency=16] [seed=10000]

Client threads in one process (urllib, keep-alive not needed): a bash/curl client forked three
processes per call and, on the 2-core machine, was the bottleneck, not the server. Tokens of the
demo users are fetched again every 4 minutes (they live 5), so long seeds work.
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request

APP = "http://localhost:8080"
TOKEN_URL = "http://localhost:8180/realms/consulate/protocol/openid-connect/token"


class Token:
    """A demo user's access token, fetched again before it expires."""

    def __init__(self, user):
        self.user, self.value, self.fetched, self.lock = user, None, 0.0, threading.Lock()

    def __str__(self):
        with self.lock:
            if time.monotonic() - self.fetched > 240:
                body = f"grant_type=password&client_id=consulate-test&username={self.user}&password={self.user}"
                self.value = json.load(urllib.request.urlopen(TOKEN_URL, body.encode()))["access_token"]
                self.fetched = time.monotonic()
            return self.value


def call(token, path, body=None):
    request = urllib.request.Request(APP + path, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return response.read()


def post(token, path, body):
    return json.loads(call(token, path, body))


def in_parallel(count, concurrency, task):
    """Runs task(i) for i in range(count) on `concurrency` threads; returns (successes, seconds)."""
    next_index, ok, lock = [0], [0], threading.Lock()

    def worker():
        while True:
            with lock:
                i = next_index[0]
                next_index[0] += 1
            if i >= count:
                return
            try:
                task(i)
                with lock:
                    ok[0] += 1
            except (urllib.error.URLError, KeyError, ValueError) as e:
                print(f"[journey] {i}: {e}", file=sys.stderr)

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ok[0], time.perf_counter() - start


def queue_latency(member):
    times, size = [], 0
    for _ in range(6):
        start = time.perf_counter()
        size = len(call(member, "/api/applications/tasks"))
        times.append(time.perf_counter() - start)
    times = sorted(times[1:])
    return f"median {times[2] * 1000:.0f} ms, {size} bytes"


def main():
    given = [int(a) for a in sys.argv[1:4]]
    journeys, concurrency, seed = given + [200, 16, 10000][len(given):]
    try:
        urllib.request.urlopen(APP + "/health/ready").read()
    except urllib.error.URLError:
        sys.exit("start the system first: mvn install -Prun")
    admin, applicant, member, legal = (Token(u) for u in ("admin", "applicant", "member", "legal"))
    tag = str(time.time_ns())
    dac = post(admin, "/api/admin/dacs", {
        "name": f"Load DAC {tag}", "source": f"https://consulate.example.org/dacs/load-{tag}",
        "members": [{"username": "member", "role": "MEMBER"}, {"username": "chair", "role": "CHAIR"},
                    {"username": "legal", "role": "LEGAL_OFFICER"}]})["id"]
    dataset = post(admin, f"/api/admin/dacs/{dac}/datasets",
                   {"url": f"https://data.example.org/load/{tag}", "title": f"Load {tag}"})["id"]

    def journey(i):
        app = post(applicant, "/api/applications", {
            "title": f"Load {i}", "researchPurpose": "Load test of the whole journey to a signed visa.",
            "datasetIds": [dataset]})["id"]
        call(member, f"/api/applications/{app}/review", {"decision": "approve", "comment": "load"})
        done = post(legal, f"/api/applications/{app}/legal-check", {"decision": "pass", "comment": "load"})
        if done["state"] != "PERMIT_ISSUED":
            raise ValueError(f"request {app} ended in {done['state']}")

    if journeys > 0:
        ok, seconds = in_parallel(journeys, concurrency, journey)
        print(f"[journey] {ok} of {journeys} requests submitted, approved, checked and given a signed visa in "
              f"{seconds:.1f} s with {concurrency} clients: {ok / seconds:.1f} permits/s")
    print(f"[journey] committee queue (GET /api/applications/tasks as member) now: {queue_latency(member)}")
    # the queue is timed again at each of these sizes of the seed, and at its end
    done = 0
    for milestone in sorted({m for m in (10_000, 100_000) if m < seed} | {seed} - {0}):
        def submission(i, offset=done):
            call(applicant, "/api/applications", {
                "title": f"Seed {offset + i}", "researchPurpose": "Seeding open requests for the queue latency.",
                "datasetIds": [dataset]})

        seeded, seconds = in_parallel(milestone - done, concurrency, submission)
        done = milestone
        print(f"[journey] seeded {seeded} open requests in {seconds:.0f} s ({seeded / seconds:.0f} submissions/s)")
        print(f"[journey] committee queue with {done} more open requests: {queue_latency(member)}")


if __name__ == "__main__":
    main()
