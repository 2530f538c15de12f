#!/usr/bin/env python3
"""Times the request lists of a running system: the committee queue page and the list API.

   python3 bench/lists.py <db-label> <requests>   prints TSV rows (see bench/lists)

Each target is called 20 times to warm up, then 100 times one after another (no queueing:
the latency of one user); p50/p95/max in milliseconds. Pages are fetched with a signed-in
browser session (OpenID Connect through Keycloak's login form), the API with a bearer token.
"""
import datetime
import html
import http.cookiejar
import json
import re
import sys
import time
import urllib.parse
import urllib.request

APP = "http://localhost:8080"
TOKEN_URL = "http://localhost:8180/realms/consulate/protocol/openid-connect/token"
# WARMUP=5 RUNS=20 for a quick look; the documented numbers use the defaults
WARMUP = int(__import__("os").environ.get("WARMUP", "20"))
RUNS = int(__import__("os").environ.get("RUNS", "100"))
# TARGETS="tasks,page /committee" runs only the targets whose names contain one of the words
ONLY = [t for t in __import__("os").environ.get("TARGETS", "").split(",") if t]


def token(user):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "consulate-test",
                                   "username": user, "password": user}).encode()
    return json.load(urllib.request.urlopen(TOKEN_URL, data))["access_token"]


class PlainHttpCookies(urllib.request.HTTPCookieProcessor):
    """Keycloak marks its login cookies Secure; on the plain-http demo they must go back anyway."""

    def http_response(self, request, response):
        response = super().http_response(request, response)
        for cookie in self.cookiejar:
            cookie.secure = False
        return response

    https_response = http_response


def page_session(user):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(PlainHttpCookies(jar))
    login = opener.open(APP + "/index.xhtml").read().decode()
    action = html.unescape(re.search(r'action="([^"]+)"', login).group(1))
    opener.open(action, urllib.parse.urlencode({"username": user, "password": user}).encode()).read()
    return opener


def timed(fetch):
    for _ in range(WARMUP):
        fetch()
    times, size = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        size = len(fetch())
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.95) - 1], times[-1], size


def api(user, path):
    held = {"token": None, "at": 0.0}

    def fetch():
        # a fresh token every minute: a slow target outlives the token's five minutes otherwise
        if time.monotonic() - held["at"] > 60:
            held["token"], held["at"] = token(user), time.monotonic()
        request = urllib.request.Request(APP + path, headers={"Authorization": "Bearer " + held["token"]})
        with urllib.request.urlopen(request) as response:
            return response.read()
    return fetch


def page(opener, path):
    def fetch():
        with opener.open(APP + path) as response:
            body = response.read()
            if b"Waiting for you" not in body and b"Administration" not in body:
                raise SystemExit("not the page: " + path)
            return body
    return fetch


def main():
    db, requests = sys.argv[1], sys.argv[2]
    today = datetime.date.today()
    last_month_end = today.replace(day=1) - datetime.timedelta(days=1)
    last_month = (last_month_end.replace(day=1).isoformat(), last_month_end.isoformat())
    # a request of the member's committee decided last month, to be found by its title
    found = json.load(urllib.request.urlopen(urllib.request.Request(
        APP + "/api/applications/committee?scope=decided&size=1&decidedFrom=%s&decidedTo=%s" % last_month,
        headers={"Authorization": "Bearer " + token("member")})))
    title = found["items"][0]["title"] if found["items"] else "kidney"
    q = urllib.parse.quote_plus(title)
    member = page_session("member")
    admin = page_session("admin")
    targets = [
        ("page /committee/index.xhtml (member)", page(member, "/committee/index.xhtml")),
        ("page /committee/index.xhtml?scope=decided&q=<title> (member)",
         page(member, "/committee/index.xhtml?scope=decided&q=" + q)),
        ("page /admin/index.xhtml (admin, 11 committees)", page(admin, "/admin/index.xhtml")),
        ("api /applications/tasks (member)", api("member", "/api/applications/tasks")),
        ("api /applications/committee (member)", api("member", "/api/applications/committee")),
        ("api /applications/committee?scope=decided&decided=last month (member)",
         api("member", "/api/applications/committee?scope=decided&decidedFrom=%s&decidedTo=%s" % last_month)),
        ("api /applications/committee?scope=decided&q=<title> (member)",
         api("member", "/api/applications/committee?scope=decided&q=" + q)),
        ("api /applications/committee?due=overdue (member)", api("member", "/api/applications/committee?due=overdue")),
        ("api /applications/committee?page=200 (member)", api("member", "/api/applications/committee?page=200")),
        ("api /applications/committee (admin, 11 committees)", api("admin", "/api/applications/committee")),
        ("api /applications/committee?scope=open&sort=title (admin)",
         api("admin", "/api/applications/committee?scope=open&sort=title&dir=asc")),
    ]
    for name, fetch in targets:
        if ONLY and not any(word in name for word in ONLY):
            continue
        p50, p95, worst, size = timed(fetch)
        print("%s\t%s\t%s\t%d\t%.1f\t%.1f\t%.1f\t%d" % (db, requests, name, RUNS, p50, p95, worst, size), flush=True)


if __name__ == "__main__":
    main()
