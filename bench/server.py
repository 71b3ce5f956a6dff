"""A loopback HTTP server for benchmarks: nginx when it is installed, else a threaded Python
server. Both answer conditional requests (ETag / Last-Modified -> 304).

    python bench/server.py DIR [--port 8900] [--latency-ms 0] [--python]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TYPES = {
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
    ".json": "application/feed+json",
}


class _Handler(BaseHTTPRequestHandler):
    root: Path
    latency = 0.0
    #: False: no ETag, no Last-Modified, never a 304, as many sites (archive pages) do.
    validators = True
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.latency:
            time.sleep(self.latency)
        path = (self.root / self.path.lstrip("/").split("?")[0]).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        stat = path.stat()
        etag = '"' + hashlib.md5(f"{stat.st_mtime_ns}-{stat.st_size}".encode()).hexdigest() + '"'
        modified = formatdate(int(stat.st_mtime), usegmt=True)
        since = self.headers.get("If-Modified-Since")
        match = self.headers.get("If-None-Match")
        fresh = self.validators and (
            match == etag
            if match
            else bool(since and parsedate_to_datetime(since).timestamp() >= int(stat.st_mtime))
        )
        if fresh:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(path.suffix, "application/xml"))
        self.send_header("Content-Length", str(len(body)))
        if self.validators:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class BacklogServer(ThreadingHTTPServer):
    """socketserver listens with a backlog of 5: a client with eight connections opening at
    once overflows it, and the dropped SYN is sent again after a second (a 300-feed pass of
    304s took 1.3 s at eight fetch threads, 0.33 s at four). nginx listens with 511."""

    request_queue_size = 511
    daemon_threads = True


class PythonServer:
    def __init__(self, root: Path, port: int = 0, latency_ms: float = 0, validators: bool = True) -> None:
        handler = type(
            "Handler",
            (_Handler,),
            {"root": root.resolve(), "latency": latency_ms / 1000, "validators": validators},
        )
        self.httpd = BacklogServer(("127.0.0.1", port), handler)
        self.port = self.httpd.server_address[1]
        self.kind = "python"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class NginxServer:
    """nginx in a temporary prefix, serving ``root`` on 127.0.0.1 (ETag and 304 built in)."""

    def __init__(self, root: Path, port: int) -> None:
        self.port = port
        self.kind = "nginx"
        # nginx's workers run as an unprivileged user: they must be able to read the files.
        for folder in [root.resolve(), *root.resolve().parents]:
            if folder == Path("/"):
                break
            folder.chmod(folder.stat().st_mode | 0o755)
        self.dir = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
        conf = self.dir / "nginx.conf"
        conf.write_text(f"""
worker_processes 1;
daemon off;
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  types {{ application/rss+xml rss; application/atom+xml atom; application/rdf+xml rdf; }}
  client_body_temp_path {self.dir}; proxy_temp_path {self.dir};
  fastcgi_temp_path {self.dir}; uwsgi_temp_path {self.dir}; scgi_temp_path {self.dir};
  server {{ listen 127.0.0.1:{port}; root {root.resolve()}; }}
}}
""")
        self.proc = subprocess.Popen(
            [shutil.which("nginx") or "nginx", "-c", str(conf), "-p", str(self.dir)],
            stderr=subprocess.DEVNULL,
        )
        _wait_port(port)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def start(
    root: Path, port: int = 0, latency_ms: float = 0, prefer_nginx: bool = True, validators: bool = True
) -> PythonServer | NginxServer:
    """nginx if installed (and neither latency nor a lack of validators is asked for), else
    the Python server."""
    if prefer_nginx and validators and not latency_ms and shutil.which("nginx") and os.geteuid() == 0:
        return NginxServer(root, port or _free_port())
    return PythonServer(root, port, latency_ms, validators)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, seconds: float = 10) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {seconds}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--port", type=int, default=8900)
    parser.add_argument("--latency-ms", type=float, default=0)
    parser.add_argument("--python", action="store_true", help="never use nginx")
    args = parser.parse_args()
    server = start(args.dir, args.port, args.latency_ms, prefer_nginx=not args.python)
    print(f"{server.kind} serving {args.dir} on http://127.0.0.1:{server.port}/")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
