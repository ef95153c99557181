#!/usr/bin/python3
"""Question-to-reply-call latency against the running service and its LINE sandbox (issue 4's second figure).

    bin/tsutawaru &
    /usr/bin/python3 bot/tools/sandbox_reply_latency.py [http://localhost:8080] [questions] [per_second]

Each question is asked by a resident of its own through the sandbox chat (POST /sandbox/chat/events, which signs
it and posts it to /line/webhook, as LINE would), taken from the shipped sample FAQ so that the real knowledge base
searches and answers it. The latency of one question runs from just before that POST (client clock) to the moment
the sandbox recorded the bot's reply call for that resident (server clock, the same machine): it includes the
sandbox's own signing and posting, so it overstates the bot's share a little. Prints p50, p95, p99 and the maximum,
and how many answers came by reply and how many by push.

The script only posts while it measures and collects the answers afterwards: the reply's time is recorded by the
server, so waiting costs nothing, whereas polling for every open question (as a first version did, every 50 ms)
put load on the same two processors that the answers need, and more of it the slower they came.
"""
import json
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
from datetime import datetime

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
QUESTIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
PER_SECOND = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0

SAMPLE = [
    "母子手帳を受け取りたい", "児童手当はいつから支給されますか", "保育園の空き状況を知りたい",
    "妊婦健診の受診票について", "病児保育の料金助成の上限", "ひとり親家庭の手当の種類", "学区について知りたい",
    "療育医療の申請手続き", "予防接種の予約方法", "粗大ごみの出し方",
]


def post(path, body):
    request = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def delivered(name):
    with urllib.request.urlopen(BASE + "/sandbox/chat/messages?name=" + urllib.parse.quote(name), timeout=30) as r:
        return json.loads(r.read())


def ask(number, asked):
    name = f"bench-{uuid.uuid4().hex[:10]}"
    started = time.time()
    status = post("/sandbox/chat/events", {"name": name, "type": "text", "text": SAMPLE[number % len(SAMPLE)]})
    asked.append((name, started, status.get("webhookStatus") == 200))


def collect(name, started):
    """The first message the sandbox recorded for the resident, waiting up to 30 s after the question."""
    while True:
        messages = delivered(name)
        if messages:
            first = messages[0]
            at = datetime.fromisoformat(first["at"].replace("Z", "+00:00")).timestamp()
            return first["via"], (at - started) * 1000
        if time.time() > started + 30:
            print("no answer within 30 s for", name, file=sys.stderr)
            return "unanswered", None
        time.sleep(0.5)


def percentile(sorted_values, quantile):
    return sorted_values[max(0, int(-(-quantile * len(sorted_values) // 1)) - 1)]


if __name__ == "__main__":
    asked = []
    threads = []
    for number in range(QUESTIONS):
        thread = threading.Thread(target=ask, args=(number, asked))
        thread.start()
        threads.append(thread)
        time.sleep(1 / PER_SECOND)
    for thread in threads:
        thread.join()
    results = [collect(name, started) if ok else ("failed", None) for name, started, ok in asked]
    latencies = sorted(ms for via, ms in results if ms is not None)
    vias = {}
    for via, _ in results:
        vias[via] = vias.get(via, 0) + 1
    print(f"{QUESTIONS} questions at {PER_SECOND}/s against {BASE}: {vias}")
    if latencies:
        print("question to reply call (ms): p50 %.1f, p95 %.1f, p99 %.1f, max %.1f" % (
            percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99), latencies[-1]))
