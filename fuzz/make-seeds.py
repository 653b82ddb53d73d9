#!/usr/bin/env python3
"""Regenerates the seed inputs of fuzz/corpus/<target>/seed-* from tests/fixtures (and a few hand-written
request lines). Each target's input format puts control bytes first (chunk seed, flags); the seeds carry the
fixtures behind them. Inputs found by fuzzing (crash-*, cov-*) are kept as they are. Run from anywhere."""
import pathlib, re

root = pathlib.Path(__file__).resolve().parent
fixtures = root.parent / "tests" / "fixtures"
corpus = root / "corpus"

def write(target, name, data):
    d = corpus / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)

def strip_jsonc(text):
    return "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//")).encode()

for f in sorted(fixtures.iterdir()):
    data = f.read_bytes()
    if f.suffix == ".xml":
        write("reply_xml", "seed-" + f.stem, b"\x07\x00" + data)   # chunk seed 7
        write("reply_xml", "seed1-" + f.stem, b"\x00\x00" + data)  # chunk seed 0 (1-byte chunks often)
        write("formdescription", "seed-" + f.stem, b"\x00" + data)
        write("formdescription", "seednew-" + f.stem, b"\x01" + data)
    elif f.suffix == ".jsonc":
        body = strip_jsonc(data.decode())
        write("reply_json", "seed-" + f.stem, b"\x07\x00" + body)
        write("formdescription", "seedjson-" + f.stem, b"\x02" + body)

for name, body in {
    "list": b'{"doc":{"$func":"user","elem":[{"id":{"$":"1"},"name":{"$":"a"}},{"id":{"$":"2"},"name":{"$":"b"}}],'
            b'"p_elems":{"$":"2"},"p_num":{"$":"1"},"p_cnt":{"$":"100"}}}',
    "error": b'{"doc":{"error":{"$type":"value","$object":"name","msg":{"$":"Bad \\"name\\" \\u00e9"}}}}',
    "auth": b'{"doc":{"auth":{"$id":"abc","$level":"16","$":"abc"}}}',
    "ok": b'{"doc":{"ok":{},"id":{"$":"42"}}}',
}.items():
    write("reply_json", "seed-" + name, b"\x03\x00" + body)

requests = {
    "url": "https://billing.example.com:1500/billmgr?func=payment.edit&elid=1256&elname=pfx%2F1256&plid=334&sfrom=ajax",
    "startform": "https://host:1500/billmgr?startform=ticket.edit&elid=7#top",
    "log": "Nov 26 15:51:26 [14834:14834] core_module INFO Request [127.0.0.1][admin] "
           "'func=user.edit&elid=3&sok=ok&password=*&name=bob&zoom-note=x&progressid=9'",
    "query": "func=vds&p_num=2&p_cnt=50&p_sort=name&p_order=desc&su=client1&lang=ru",
    "secrets": "func=auth&username=admin&password=S3cretPass&authinfo=admin:S3cretPass&key=abcdef123456",
    "plus": "func=user.edit&realname=Jos%C3%A9+Mar%C3%ADa&comment=a%26b%3Dc&empty=&out=json",
}
for name, text in requests.items():
    write("request", "seed-" + name, text.encode())

for name, data in {
    "plain": b"\x02a\x00b\x00c\x001\x002\x003",
    "quotes": b"\x01say \"hi\"\x00a,b\x00line\r\nbreak\x00 lead\x00trail \x00",
    "utf8": "\x03Москва\x00Moscú\x00\u00e9\x00".encode() + b"\xff\xfe\x00\x00",
}.items():
    write("csvwriter", "seed-" + name, data)
