#!/usr/bin/env python3
"""Issue 18: the editions written by `jixiao build --all-editions`, checked as a server would
serve them.

  check_editions.py OUT        OUT is the folder --all-editions wrote (staff/, company/, one
                               folder per department edition, nginx.conf.example)

1. links: every edition folder is a complete site on its own (run.py's link checker: every
   internal reference resolves inside that edition; nothing points into another edition).
2. nginx: the generated nginx.conf.example is included in a real server block; `nginx -t`
   accepts it; then nginx serves the editions on 127.0.0.1 and each login opens only its own
   edition: no password → 401, the staff login on /staff/ → 200, a department head's login on
   their edition → 200 and on the company edition or another department → 401, hidden files
   are refused, a missing page at depth 3 gets the edition's styled 404 with status 404, and
   / redirects to /staff/, and /.jixiao-editions (the record of the editions) is refused.
3. reviewers: in every department edition, each assessment reviewer id in data/results/*.json
   is someone with a person page in that edition; a reviewer from outside is only marked
   ("reviewer_outside": true, no id), and no page names them.
The last line printed is exactly "N passed, M failed"; the exit status is 1 when any failed.
"""
import base64
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import run  # noqa: E402  (the suite's link checker and results)
import results_from_split  # noqa: E402  (reads the split results data, docs/results-schema.md)

PASSWORD = "jixiao-test"


def editions(out):
    """Edition folder names, as the generated config lists them (location /NAME/)."""
    conf = (out / "nginx.conf.example").read_text(encoding="utf-8")
    return re.findall(r"^location /([A-Za-z0-9_-]+)/ \{", conf, re.M)


def check_links(out, names, results):
    for name in names:
        site = run.SiteInfo(f"edition {name}", out / name)
        run.parse_site(site)
        if not site.pages:
            results.record("editions-links", site.name, str(site.root), ["no .html files"])
            continue
        run.check_links(site, results)


def check_reviewers(out, names, results):
    for name in names:
        if name in ("staff", "company"):
            continue
        folder = out / name
        people = {p.stem for p in (folder / "people").glob("*.html")}
        problems, outside = [], 0
        data = folder / "data" / "results"
        index = results_from_split.load(data, "index.json")
        for f in (f for f in index["files"] if f["kind"] == "month"):
            stages = [s for p in results_from_split.month_people(data, f["path"]) for m in p["months"] for s in m.get("calendar", [])]
            outside += sum(1 for s in stages if s.get("reviewer_outside"))
            for rid in sorted({s["reviewer"] for s in stages if s.get("reviewer")}):
                slug = re.sub(r"[^a-z0-9-]+", "-", rid.lower()).strip("-")
                if slug not in people:
                    problems.append(f"{f['path']}: reviewer {rid} has no page in the edition")
        results.record("editions-reviewers", name, f"reviewer ids ({outside} from outside, unnamed)", problems[:10])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_server(out, names, work, port):
    """A minimal nginx.conf around the generated lines, with password files in `work`."""
    example = (out / "nginx.conf.example").read_text(encoding="utf-8")
    included = work / "editions.conf"
    included.write_text(example.replace("/etc/nginx/jixiao/", f"{work}/"), encoding="utf-8")
    for name in names:
        (work / f"{name}.htpasswd").write_text(f"{name}-login:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
    conf = work / "nginx.conf"
    conf.write_text(
        f"""user root;
worker_processes 1;
error_log {work}/error.log;
pid {work}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    types {{ text/html html; text/css css; application/javascript js; application/json json; }}
    server {{
        listen 127.0.0.1:{port};
        include {included};
    }}
}}
""",
        encoding="utf-8")
    return conf


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(port, path, login=None):
    """(status, headers, body text) of a GET, following no redirect."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    if login:
        token = base64.b64encode(f"{login}:{PASSWORD}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace")


def expect(results, what, status, wanted, extra=None):
    problems = [] if status == wanted else [f"status {status}, expected {wanted}"]
    if extra:
        problems.append(extra)
    results.record("editions-nginx", "nginx", what, problems)


def check_server(port, names, results):
    departments = [n for n in names if n not in ("staff", "company")]
    expect(results, "/ redirects to /staff/", get(port, "/")[0], 302)
    expect(results, "/staff/ without a password", get(port, "/staff/")[0], 401)
    expect(results, "/staff/ with the staff login", get(port, "/staff/", "staff-login")[0], 200)
    expect(results, "/company/ with the staff login", get(port, "/company/", "staff-login")[0], 401)
    expect(results, "/company/ with the company login", get(port, "/company/", "company-login")[0], 200)
    for name in departments:
        login = f"{name}-login"
        status, _, body = get(port, f"/{name}/", login)
        expect(results, f"/{name}/ with its own login", status, 200)
        expect(results, f"/company/ with the {name} login", get(port, "/company/", login)[0], 401)
        for other in departments:
            if other != name:
                expect(results, f"/{other}/ with the {name} login", get(port, f"/{other}/", login)[0], 401)
        status, _, body = get(port, f"/{name}/a/b/c/missing.html", login)
        styled = "<style" in body or "stylesheet" in body
        expect(results, f"/{name}/ missing page at depth 3", status, 404, None if styled else "the 404 page has no styling")
        expect(results, f"/{name}/ hidden marker file", get(port, f"/{name}/.jixiao-build", login)[0], 403)
    expect(results, "/.jixiao-editions (the editions record)", get(port, "/.jixiao-editions", "company-login")[0], 403)


def check_nginx(out, names, results):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        results.record("editions-nginx", "nginx", "nginx -t", ["nginx is not installed; run scripts/verify/setup.sh"])
        return
    with tempfile.TemporaryDirectory(prefix="jixiao-nginx-") as tmp:
        work = Path(tmp)
        port = free_port()
        conf = write_server(out, names, work, port)
        test = subprocess.run([nginx, "-t", "-c", str(conf)], capture_output=True, text=True)
        ok = test.returncode == 0 and "test is successful" in test.stderr
        results.record("editions-nginx", "nginx", "nginx -t accepts nginx.conf.example", [] if ok else [test.stderr.strip()])
        if not ok:
            return
        subprocess.run([nginx, "-c", str(conf)], check=True)
        try:
            for _ in range(50):
                try:
                    get(port, "/")
                    break
                except OSError:
                    time.sleep(0.1)
            check_server(port, names, results)
        finally:
            subprocess.run([nginx, "-c", str(conf), "-s", "stop"], capture_output=True)


def main(argv):
    argv = [a for a in argv if a != "-v"]
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    results = run.Results(verbose="-v" in sys.argv)
    names = editions(out)
    run.section(f"editions: {', '.join(names)}")
    if not {"staff", "company"} <= set(names):
        results.record("editions", "-", str(out), [f"expected staff and company editions, got {names}"])
    check_links(out, names, results)
    check_reviewers(out, names, results)
    check_nginx(out, names, results)
    print(f"{results.passed} passed, {results.failed} failed", flush=True)
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
