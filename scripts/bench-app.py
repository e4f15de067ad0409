#!/usr/bin/env python3
"""Times folio the way a reader meets it; run by scripts/bench (see there for the corpora).

  bench-app.py tui FOLIO CORPUS_DIR        first paint in tmux against `less` on the same text
                                           in one file, first and second start, peak memory
                                           after an all-articles search
  bench-app.py keys FOLIO CORPUS... TEN_MB all-articles search while typing (p50/p99 per key,
                                           100 queries) in each corpus; scrolling, `]` and `n`
                                           in a 10 MB article
  bench-app.py results FOLIO CORPUS...     with an all-articles search's results in the list:
                                           the query typed, j, k, PgDn, s (rank, date, title),
                                           n across articles, Esc (the library back), a second
                                           search; p50/p99 per key, each streamed lot of counts,
                                           the time until every count is drawn
  bench-app.py limits FOLIO LIMITS_DIR     each limit case at full size and at a tenth: start,
                                           peak memory, slowest key; the ratios show growth

Keys are timed inside folio (`folio key-timing`: the key, its effects, the render of the
screen and the drawing of what changed, without a terminal); first paint is timed from outside,
through tmux.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("FOLIO_BENCH_RUNS", "3"))
QUERIES = int(os.environ.get("FOLIO_BENCH_QUERIES", "100"))
RESULT_QUERIES = int(os.environ.get("FOLIO_BENCH_RESULT_QUERIES", "5"))
WIDTH, HEIGHT = 120, 40
TIMEOUT = int(os.environ.get("FOLIO_BENCH_TIMEOUT", "1800"))


# MARK: - folio key-timing

def key_timing(folio, script_lines, paths, timeout=TIMEOUT):
    """Runs `folio key-timing` with a key script; returns {label: figures} (None on timeout).
    Each library keeps its state database in a folder of its own next to it (kept between
    runs, as a user's is: the first run reads and indexes every article)."""
    state = os.path.abspath(paths[0]).rstrip("/") + ".state"
    os.makedirs(state, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".keys", delete=False) as script:
        script.write("\n".join(script_lines) + "\n")
    try:
        done = subprocess.run(
            [folio, "key-timing", "--script", script.name, "--width", str(WIDTH), "--height", str(HEIGHT)] + paths,
            capture_output=True, text=True, timeout=timeout, env=dict(os.environ, XDG_STATE_HOME=state))
    except subprocess.TimeoutExpired:
        return None
    finally:
        os.unlink(script.name)
    if done.returncode != 0:
        sys.exit("folio key-timing failed: " + done.stderr)
    return {figures["label"]: figures for figures in map(json.loads, done.stdout.splitlines())}


def typed(label, text):
    """Script words typing `text`."""
    return label + " " + " ".join("<space>" if c == " " else c for c in text)


def queries(corpus, count=QUERIES):
    """`count` different words of the corpus's own text (of 4 to 12 letters), fixed by a seed."""
    words = set()
    for root, _, names in sorted(os.walk(corpus)):
        for name in sorted(names)[:20]:
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as source:
                words.update(re.findall(r"[a-z]{4,12}", source.read()))
        if len(words) > 3000:
            break
    return random.Random(7).sample(sorted(words), count)


def search_script(words):
    """Opens the search bar (all articles: nothing is open), types each query, cancels it."""
    lines = []
    for word in words:
        lines += ["-open /", typed("search", word), "-cancel <esc>"]
    return lines


def reader_script():
    """Keys in one open article: lines, pages, sections, the end, then a search and `n`."""
    return (["j " + " ".join(["j"] * 200), "<pgdn> " + " ".join(["<pgdn>"] * 200), "] " + " ".join(["]"] * 200),
             "[ " + " ".join(["["] * 50), "G G", "g g", "-search / t h e <enter>", "n " + " ".join(["n"] * 200),
             "jhit " + " ".join(["j"] * 100)])


def ms(value):
    return "%.2f ms" % value


def keys(folio, corpora, ten_mb):
    for corpus in corpora:
        count = sum(len(names) for _, _, names in os.walk(corpus))
        words = queries(corpus)
        result = key_timing(folio, search_script(words), [corpus])
        if result is None:
            print("  all-articles search, %d articles: no answer within %d s" % (count, TIMEOUT))
            continue
        search, start = result["search"], result["start"]
        goal = 30 if count <= 10000 else 100
        print("  all-articles search while typing, %d articles, %d queries (%d keys), goal: under %d ms a key"
              % (count, len(words), search["keys"], goal))
        print("    key answered (bar, open article, list redrawn): p50 %s, p99 %s, max %s; cpu p50 %s, p99 %s"
              % (ms(search["p50_ms"]), ms(search["p99_ms"]), ms(search["max_ms"]), ms(search["cpu_p50_ms"]),
                 ms(search["cpu_p99_ms"])))
        print("    every article's hits found and drawn: p50 %s, p99 %s, max %s"
              % (ms(search["settled_p50_ms"]), ms(search["settled_p99_ms"]), ms(search["settled_max_ms"])))
        print("    start (reading and indexing what the state database lacks) %s, peak memory %.0f MiB"
              % (ms(start["startup_ms"]), start["peak_kib"] / 1024))
    result = key_timing(folio, reader_script(), [ten_mb])
    size = os.path.getsize(ten_mb) / 1e6
    print("  keys in a %.0f MB article (goal: each under 5 ms); opening it took %s:" % (size, ms(result["start"]["startup_ms"])))
    names = {"j": "j (line down)", "<pgdn>": "PgDn", "]": "] (next section)", "[": "[ (previous section)",
             "G": "G (end)", "g": "g (top)", "n": "n (next hit of 'the')", "jhit": "j with 'the' highlighted"}
    for label, name in names.items():
        figures = result[label]
        print("    %-26s %4d keys: p50 %s, p99 %s, max %s; cpu p50 %s, p99 %s"
              % (name, figures["keys"], ms(figures["p50_ms"]), ms(figures["p99_ms"]), ms(figures["max_ms"]),
                 ms(figures["cpu_p50_ms"]), ms(figures["cpu_p99_ms"])))


def results_script(words):
    """For each pair of words: the first typed over all articles (the list fills with its
    results), Enter, then in the results j, k, PgDn, s three times and back to rank, n across
    articles (it opens them), Esc (the library back in the list), back to the list, and the
    second word typed as a second search; both searches then ended."""
    lines = []
    half = len(words) // 2
    for first, second in zip(words[:half], words[half:]):
        lines += ["-open /", typed("type", first), "-submit <enter>",
                  "j " + " ".join(["j"] * 20), "k " + " ".join(["k"] * 20), "<pgdn> " + " ".join(["<pgdn>"] * 5),
                  "s s s s", "n " + " ".join(["n"] * 10), "esc <esc>", "-back h",
                  "-open /", typed("second", second), "-submit <enter>", "-close <esc> <esc>"]
    return lines


def results(folio, corpora):
    names = [("type", "query typed, the list filling"), ("j", "j in the results"), ("k", "k in the results"),
             ("<pgdn>", "PgDn in the results"), ("s", "s (rank, date, title, rank)"),
             ("n", "n (next hit, next article)"), ("esc", "Esc (the library back)"),
             ("second", "a second search typed")]
    for corpus in corpora:
        count = sum(len(names) for _, _, names in os.walk(corpus))
        words = queries(corpus, 2 * RESULT_QUERIES)
        result = key_timing(folio, results_script(words), [corpus])
        if result is None:
            print("  search results in the list, %d articles: no answer within %d s" % (count, TIMEOUT))
            continue
        goal = 30 if count <= 10000 else 100
        print("  search results in the list, %d articles, %d searches of %d words (goal: each key under %d ms)"
              % (count, 2 * RESULT_QUERIES, RESULT_QUERIES, goal))
        for label, name in names:
            figures = result[label]
            print("    %-32s %4d keys: p50 %s, p99 %s, max %s; cpu p99 %s; all drawn p50 %s, p99 %s"
                  % (name, figures["keys"], ms(figures["p50_ms"]), ms(figures["p99_ms"]), ms(figures["max_ms"]),
                     ms(figures["cpu_p99_ms"]), ms(figures["settled_p50_ms"]), ms(figures["settled_p99_ms"])))
        lots = [result[label] for label in ("type", "second") if "lots" in result[label]]
        if lots:
            print("    a lot of streamed counts taken in and drawn (a key waits for it): %d lots, p50 %s, p99 %s,"
                  " max %s; cpu p99 %s" % (sum(f["lots"] for f in lots), ms(max(f["lot_p50_ms"] for f in lots)),
                                          ms(max(f["lot_p99_ms"] for f in lots)), ms(max(f["lot_max_ms"] for f in lots)),
                                          ms(max(f["lot_cpu_p99_ms"] for f in lots))))


# MARK: - limits

LIMITS = [
    ("100 MB article", "hundred-mb.txt", "hundred-mb-tenth.txt"),
    ("1,000,000 short lines", "million-lines.txt", "million-lines-tenth.txt"),
    ("1 MB single line", "one-line.txt", "one-line-tenth.txt"),
    ("50,000 headings", "headings.md", "headings-tenth.md"),
    ("100,000 files in a folder", "folder", "folder-tenth"),
]


def limit_script():
    return ["j " + " ".join(["j"] * 50), "<pgdn> " + " ".join(["<pgdn>"] * 50), "] " + " ".join(["]"] * 50),
            "G G", "g g", "-open /", typed("search", "line"), "-close <esc>"]


def slowest(result, field):
    """The label and figure of the slowest kind of key (the search as typed left out)."""
    keys = [(figures[field], label) for label, figures in result.items() if label not in ("start", "search")]
    return max(keys)


def limits(folio, root):
    print("  each case at full size / at a tenth; growth is full over tenth (linear: x10); keys: the slowest"
          " kind of key among j, PgDn, ], G, g (CPU p99), then each key of a search typed")
    print("  %-26s %16s %16s %22s %22s   %s" % ("case", "start (cpu)", "peak memory", "slowest key (cpu p99)",
                                                 "search key (cpu p99)", "growth: start, memory"))
    for name, full, tenth in LIMITS:
        row = []
        for path in (full, tenth):
            result = key_timing(folio, limit_script(), [os.path.join(root, path)])
            if result is None:
                break
            figure, label = slowest(result, "cpu_p99_ms")
            row.append((result["start"]["startup_cpu_ms"], result["start"]["peak_kib"] / 1024, figure, label,
                        result["search"]["cpu_p99_ms"]))
        if len(row) < 2:
            print("  %-26s no answer within %d s" % (name, TIMEOUT))
            continue
        (start, memory, key, label, search), (start10, memory10, key10, label10, search10) = row
        print("  %-26s %7.0f / %4.0f ms %6.0f / %3.0f MiB %8.2f / %5.2f ms %-4s %8.1f / %5.1f ms   x%.1f, x%.1f"
              % (name, start, start10, memory, memory10, key, key10, label.strip("<>"), search, search10,
                 start / max(start10, 0.1), memory / max(memory10, 0.1)))


# MARK: - tmux

class Tmux:
    """A tmux server of our own (its own socket), one window the size of the screen."""

    def __init__(self):
        self.socket = os.path.join(tempfile.gettempdir(), "folio-bench-%d.sock" % os.getpid())
        self.run("new-session", "-d", "-s", "bench", "-x", str(WIDTH), "-y", str(HEIGHT), "sleep 100000")

    def run(self, *args):
        return subprocess.run(["tmux", "-S", self.socket] + list(args), capture_output=True, text=True,
                              env=dict(os.environ, TERM="xterm-256color")).stdout

    def start(self, command, settle=True):
        """Replaces the pane's process with `command`; returns when tmux has started it. With
        `settle`, first waits for the killed process to exit: a folio killed while it indexes
        takes a moment to shut down, and would otherwise share the cores with the next run (or
        be copied mid-write, when its state is)."""
        old = self.pane_pid()
        self.run("respawn-pane", "-k", "-t", "bench", command)
        deadline = time.monotonic() + 60
        while settle and time.monotonic() < deadline and is_running(old):
            time.sleep(0.005)

    def screen(self):
        return self.run("capture-pane", "-p", "-t", "bench")

    def wait_for(self, marker, timeout=120):
        """Seconds until `marker` (a regular expression) shows, polling the screen."""
        start = time.monotonic()
        pattern = re.compile(marker, re.M)
        while time.monotonic() - start < timeout:
            if pattern.search(self.screen()):
                return time.monotonic() - start
            time.sleep(0.002)
        raise TimeoutError("no %r on the screen after %d s:\n%s" % (marker, timeout, self.screen()))

    def first_paint(self, command, marker, ready=None):
        """Seconds from starting `command` to `marker` on the screen (the old process stopped
        first); with `ready` (a function of the screen), also the seconds until it holds."""
        self.start("sleep 100000")
        start = time.monotonic()
        self.start(command, settle=False)
        paint = time.monotonic() - start + self.wait_for(marker)
        if ready is None:
            return paint
        while not ready(self.screen()):
            if time.monotonic() - start > TIMEOUT:
                raise TimeoutError("folio not ready after %d s:\n%s" % (TIMEOUT, self.screen()))
            time.sleep(0.002)
        return paint, time.monotonic() - start

    def pane_pid(self):
        return int(self.run("display", "-p", "-t", "bench", "#{pane_pid}").strip())

    def end(self):
        self.run("kill-server")
        if os.path.exists(self.socket):
            os.unlink(self.socket)


def is_running(pid):
    """True while process `pid` exists and has not exited (a zombie counts as exited)."""
    try:
        with open("/proc/%d/stat" % pid) as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def tui(folio, corpus_dir):
    articles = os.path.join(corpus_dir, "articles")
    joined = os.path.join(corpus_dir, "all.txt")
    if not os.path.exists(joined):
        with open(joined + ".part", "wb") as out:
            for root, _, names in sorted(os.walk(articles)):
                for name in sorted(names):
                    with open(os.path.join(root, name), "rb") as source:
                        shutil.copyfileobj(source, out)
        os.rename(joined + ".part", joined)
    with open(joined, encoding="utf-8") as source:
        first_line = source.readline().strip()
    count = sum(len(names) for _, _, names in os.walk(articles))
    states = tempfile.mkdtemp(prefix="folio-bench-state-")
    tmux = Tmux()
    try:
        folio_marker = "●"  # the list's unread mark: its first row is drawn
        less_marker = re.escape(first_line[:40])

        def folio_run(state):
            return "env XDG_STATE_HOME=%s LANG=C.UTF-8 %s %s" % (quote(state), quote(folio), quote(articles))

        def ready(screen):
            """Every file listed with its details: the status line counts the articles and
            shows no progress (a screen caught half drawn has no status line yet)."""
            lines = screen.rstrip("\n").split("\n")
            return "articles" in lines[-1] and "indexing" not in lines[-1] and "listing" not in lines[-1]

        less_times, first_times, second_times, second_ready = [], [], [], []
        first_ready = None
        for run in range(RUNS):
            less_times.append(tmux.first_paint("env LANG=C.UTF-8 less %s" % quote(joined), less_marker))
            state = os.path.join(states, str(run))
            os.makedirs(state)
            if first_ready is None:
                # Once: a first start reads and indexes every article, which takes a while.
                paint, first_ready = tmux.first_paint(folio_run(state), folio_marker, ready)
                first_times.append(paint)
            else:
                first_times.append(tmux.first_paint(folio_run(state), folio_marker))
                # The catalog is the first run's: this start's reading is cut short by the next.
                tmux.start("sleep 100000")
                shutil.rmtree(state)
                shutil.copytree(os.path.join(states, "0"), state)
                # The copy (the database, 180 MB) is written out before the start is timed, not
                # while it runs.
                os.sync()
            paint, ready_after = tmux.first_paint(folio_run(state), folio_marker, ready)
            second_times.append(paint)
            second_ready.append(ready_after)
        less_best, first_best, second_best = min(less_times), min(first_times), min(second_times)
        print("  first paint of the list, %d articles, %dx%d, best of %d (goal: within 2x of less):"
              % (count, WIDTH, HEIGHT, RUNS))
        print("    less on the text in one file (%.0f MB) %8.0f ms" % (os.path.getsize(joined) / 1e6, less_best * 1000))
        print("    folio, first start (no saved state)   %8.0f ms   ratio %.1f" % (first_best * 1000, first_best / less_best))
        print("    folio, second start                   %8.0f ms   ratio %.1f" % (second_best * 1000, second_best / less_best))
        print("  the library ready (every file listed with its details, nothing left to read), goal: the second")
        print("  start faster than the first: first start %.1f s, second start %.0f ms: %s"
              % (first_ready, min(second_ready) * 1000, "met" if min(second_ready) < first_ready else "not met"))

        # Peak memory: the library open and searched across all articles.
        tmux.start(folio_run(os.path.join(states, "0")))
        tmux.wait_for(folio_marker)
        pid = tmux.pane_pid()
        tmux.run("send-keys", "-t", "bench", "/")
        tmux.run("send-keys", "-t", "bench", "-l", "peace")
        tmux.wait_for(r"\d+ hits? in \d+ articles?", timeout=300)
        tmux.run("send-keys", "-t", "bench", "Enter")
        time.sleep(1)
        with open("/proc/%d/status" % pid) as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        comm = open("/proc/%d/comm" % pid).read().strip()
        peak = int(fields["VmHWM"].split()[0]) / 1024
        print("  peak memory (%s, VmHWM), %d articles open and searched for 'peace': %.0f MiB (goal: under 80 MiB)"
              % (comm, count, peak))
    finally:
        tmux.end()
        shutil.rmtree(states, ignore_errors=True)


def main():
    section, folio = sys.argv[1], sys.argv[2]
    if section == "tui":
        tui(folio, sys.argv[3])
    elif section == "keys":
        keys(folio, sys.argv[3:-1], sys.argv[-1])
    elif section == "results":
        results(folio, sys.argv[3:])
    elif section == "limits":
        limits(folio, sys.argv[3])
    else:
        sys.exit("unknown section " + section)


if __name__ == "__main__":
    main()
