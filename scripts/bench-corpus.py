#!/usr/bin/env python3
"""Writes the benchmark corpora, deterministic (fixed random seeds).

  bench-corpus.py DIR [COUNT]   COUNT plain-text articles (default 10,000, ~100 MB) in the
                                seed's style, in DIR/articles/NN/ folders of 100 files each
  bench-corpus.py --limits DIR  the limit cases, each also at a tenth of its size (to show
                                the cost grows linearly): a 100 MB article, a file of one
                                million short lines, a 1 MB single line, a Markdown article
                                with 50,000 headings, a folder of 100,000 small files; and the
                                10 MB article the reader's keys are timed in

DIR/.complete marks a finished corpus.
"""
import os
import random
import sys

COMMON = """the of and to in a is that for it as was with be by on not he i this are or his from at
which but have an they you were her she there been one all we their has would when if so no
will more can out up who them some could what its into only other new time than then now
about also over after two first may these such most any made years where much through
before those between same while under many both each every again around without against
during since until among within along across behind beyond toward upon""".split()

TOPIC = """government minister president election policy economy market council agreement
talks peace treaty border security region troops conflict crisis sanctions negotiations
parliament committee report research study university scientists climate energy emissions
industry companies investors growth inflation interest rates budget spending taxes reform
health hospital patients doctors vaccine disease program schools students teachers housing
prices families workers union strike court judge ruling appeal lawyers evidence police
investigation city mayor residents community transport railway airport water supply storm
flooding drought farmers harvest exports imports trade tariffs currency bank lending
technology software internet privacy data platform users network satellite launch mission
museum exhibition artist music festival film director season league match players coach
championship record history archive discovery ancient village coastline mountain river""".split()

VERBS = """said announced warned argued suggested reported confirmed denied insisted noted
explained added claimed revealed agreed expected planned proposed rejected approved signed
delayed extended reduced increased launched opened closed expanded criticised welcomed""".split()

ADJECTIVES = """significant major recent local national international economic political
regional public private local senior former new strong weak rapid gradual controversial
unexpected historic modest sharp steady broader lasting constructive diplomatic difficult""".split()

NAMES = """Kimberly Daniel Maria Oliver Sophie Lucas Amara Chen Ingrid Tomasz Priya Rafael
Helena Kenji Fatima Jonas Elena Marcus Aisha Pavel""".split()

MONTHS = """January February March April May June July August September October November
December""".split()

DEBRIS = ["HTML tutorial", "Share this article", "Advertisement", "Read more", "Subscribe"]


def corpus_words():
    """Words of the real articles in ../shared/corpus, when present, in their frequencies."""
    here = os.path.dirname(os.path.abspath(__file__))
    folder = os.path.join(here, "..", "..", "shared", "corpus", "dev", "plaintext")
    words = []
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as source:
                    words += [w.strip(".,;:!?()[]\"'") for w in source.read().split()]
    return [w for w in words if w.isalpha() and len(w) < 20]


REAL = corpus_words()


def word(rng):
    roll = rng.random()
    if REAL and roll < 0.5:
        return rng.choice(REAL).lower() if rng.random() < 0.9 else rng.choice(REAL)
    if roll < 0.55:
        return rng.choice(COMMON)
    if roll < 0.80:
        return rng.choice(TOPIC)
    if roll < 0.88:
        return rng.choice(VERBS)
    if roll < 0.96:
        return rng.choice(ADJECTIVES)
    if roll < 0.98:
        return rng.choice(NAMES) + "\u2019s"
    return str(rng.randint(2, 2024))


def sentence(rng):
    words = [word(rng) for _ in range(rng.randint(9, 28))]
    if rng.random() < 0.3:
        words.insert(rng.randint(0, len(words)), "\u201c" + rng.choice(TOPIC) + "\u201d")
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))


def heading(rng):
    words = [rng.choice(TOPIC).capitalize(), rng.choice(["and", "of", "for", "in"]), rng.choice(TOPIC).capitalize()]
    if rng.random() < 0.5:
        words.insert(0, rng.choice(ADJECTIVES).capitalize())
    return " ".join(words)


def article(rng, target):
    indent = "    " if rng.random() < 0.7 else ""
    wrap = rng.random() < 0.3
    lines = [heading(rng) + ": " + " ".join(word(rng) for _ in range(rng.randint(3, 8))), ""]
    lines.append(indent + "by " + rng.choice(NAMES))
    lines.append(indent + "Published: %s %d, %d (%d months ago)" % (
        rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2015, 2025), rng.randint(1, 30)))
    lines.append("")
    size = 0
    paragraphs_left = rng.randint(1, 2)
    while size < target:
        if paragraphs_left == 0:
            lines.append(indent + heading(rng))
            lines.append("")
            paragraphs_left = rng.randint(1, 4)
        text = paragraph(rng)
        size += len(text)
        paragraphs_left -= 1
        if wrap:
            line = ""
            for piece in text.split(" "):
                if line and len(line) + 1 + len(piece) > 72:
                    lines.append(indent + line)
                    line = piece
                else:
                    line = (line + " " + piece) if line else piece
            lines.append(indent + line)
        else:
            lines.append(indent + text)
        lines.append("")
    lines.append("")
    lines.append(indent + rng.choice(DEBRIS))
    return "\n".join(lines) + "\n"


def limits(root):
    """Writes the limit cases into root: NAME.txt/.md at full size and NAME-tenth at a tenth."""
    os.makedirs(root, exist_ok=True)
    rng = random.Random(20240616)
    with open(os.path.join(root, "ten-mb.txt"), "w", encoding="utf-8") as out:
        out.write(article(rng, 10_000_000))
    for name, size in (("hundred-mb.txt", 100_000_000), ("hundred-mb-tenth.txt", 10_000_000)):
        with open(os.path.join(root, name), "w", encoding="utf-8") as out:
            out.write(article(rng, size))
    for name, count in (("million-lines.txt", 1_000_000), ("million-lines-tenth.txt", 100_000)):
        with open(os.path.join(root, name), "w", encoding="utf-8") as out:
            out.write("Short lines\n\n")
            out.writelines("line %d %s\n" % (number, rng.choice(TOPIC)) for number in range(count))
    for name, size in (("one-line.txt", 1_000_000), ("one-line-tenth.txt", 100_000)):
        words = []
        length = 0
        while length < size:
            words.append(word(rng))
            length += len(words[-1]) + 1
        with open(os.path.join(root, name), "w", encoding="utf-8") as out:
            out.write(" ".join(words))
    for name, count in (("headings.md", 50_000), ("headings-tenth.md", 5_000)):
        with open(os.path.join(root, name), "w", encoding="utf-8") as out:
            out.write("# Fifty thousand headings\n\n")
            for number in range(count):
                out.write("## %d %s\n\n%s\n\n" % (number + 1, heading(rng), sentence(rng)))
    for name, count in (("folder", 100_000), ("folder-tenth", 10_000)):
        folder = os.path.join(root, name)
        os.makedirs(folder, exist_ok=True)
        for number in range(count):
            with open(os.path.join(folder, "note-%06d.txt" % number), "w", encoding="utf-8") as out:
                out.write("%s\n\n%s\n" % (heading(rng), sentence(rng)))
    open(os.path.join(root, ".complete"), "w").write("limits\n")


def main():
    if sys.argv[1] == "--limits":
        limits(sys.argv[2])
        return
    root = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(20240615)
    for index in range(count):
        folder = os.path.join(root, "articles", "%02d" % (index // 100))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "article-%05d.txt" % index), "w", encoding="utf-8") as out:
            out.write(article(rng, rng.randint(6000, 14000)))
    open(os.path.join(root, ".complete"), "w").write("%d\n" % count)


if __name__ == "__main__":
    main()
