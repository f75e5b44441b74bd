"""Runs generated Python handlers with their writes stubbed (test support, not shipped).

stdin: a JSON list of jobs {"module": path, "entry": name, "event": ..., "fail": bool, "env": {...}}.
stdout: a JSON list of {"result": ..., "raised": error text or null, "written": [[writer, record_id, item], ...]}.
A stubbed write raises when the item mentions "poison" (or every write when "fail" is set).
"""
import contextlib
import importlib.util
import json
import os
import sys


class FakeWriters:
    def __init__(self, names, fail):
        self.written = []
        for name in names:
            setattr(self, name, self._writer(name, fail))

    def _writer(self, name, fail):
        def write(item, record_id):
            if fail or "poison" in json.dumps(item, default=str):
                raise RuntimeError("poison record " + str(record_id))
            self.written.append([name, record_id, item])

        return write


def run(job, index):
    spec = importlib.util.spec_from_file_location("generated_%d" % index, job["module"])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    os.environ.update(job.get("env", {}))
    names = [n for n in dir(module.Writers) if n.startswith("write_")]
    fake = FakeWriters(names, job.get("fail", False))
    module.WRITERS = fake
    out = {"result": None, "raised": None, "written": fake.written}
    # The handler's own logging goes to stderr: stdout carries the results only.
    with contextlib.redirect_stdout(sys.stderr):
        try:
            out["result"] = getattr(module, job["entry"])(job["event"], None)
        except Exception as error:  # the handler failing the whole batch / event
            out["raised"] = repr(error)
    return out


jobs = json.load(sys.stdin)
print(json.dumps([run(job, i) for i, job in enumerate(jobs)], default=str))
