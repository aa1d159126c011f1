"""Starts the store emulator for a test run: the Docker image, or the jar where Docker is missing."""

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

IMAGE = os.environ.get("STORE_EMULATOR_IMAGE", "store-emulator:local")
JAR = Path(os.environ.get("STORE_EMULATOR_JAR",
                          Path(__file__).resolve().parents[2] / "emulator" / "target" / "store-emulator.jar"))


def _docker_has_image():
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "image", "inspect", IMAGE], capture_output=True, timeout=30).returncode == 0


class Emulator:
    """with Emulator() as base_url: ... — STORE_EMULATOR_RUN=docker or jar forces one way."""

    def __enter__(self):
        how = os.environ.get("STORE_EMULATOR_RUN") or ("docker" if _docker_has_image() else "jar")
        self.container = self.process = None
        if how == "docker":
            self.container = subprocess.run(
                ["docker", "run", "-d", "--rm", "-p", "127.0.0.1::7070", IMAGE],
                check=True, capture_output=True, text=True, timeout=60).stdout.strip()
            port = subprocess.run(["docker", "port", self.container, "7070/tcp"],
                                  check=True, capture_output=True, text=True).stdout.split()[0].rsplit(":", 1)[1]
        else:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            self.process = subprocess.Popen(["java", "-jar", str(JAR), "--port", str(port), "--no-request-log"],
                                            stdout=subprocess.DEVNULL)
        self.base_url = f"http://127.0.0.1:{port}"
        try:
            self._await_health(60)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self.base_url

    def _await_health(self, seconds):
        deadline = time.monotonic() + seconds
        while True:
            try:
                with urllib.request.urlopen(f"{self.base_url}/__admin/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the emulator at {self.base_url} did not answer within {seconds} s")
                time.sleep(0.2)

    def __exit__(self, *exc):
        if self.container:
            subprocess.run(["docker", "stop", "-t", "5", self.container], capture_output=True, timeout=30)
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=15)
